/* Map page: Natural Earth country outlines and borders (world-atlas TopoJSON, topojson-client, d3-geo) in SVG,
 * events as proportional symbols per place; click a place to list its events.
 * d3 and topojson are the vendored UMD globals loaded by index.html.
 */
import { api, el, eventTable, filterForm, fmt, go, isAbort, latest, periodNote, plural, svg, toneColor, view, withPeriod } from "./lib.js";

const WORLD = "/static/vendor/world-atlas/countries-110m.json";
const R_MAX = 22, R_MIN = 2.5;
const HIT_MIN = 6;  // a symbol smaller than this gets a transparent click target of this radius, under all symbols
// the views offered: the whole world, or a region's [[west, south], [east, north]] box
const REGIONS = {
  world: null, europe: [[-11, 35], [40, 61]], "middle east": [[24, 12], [63, 42]], africa: [[-18, -35], [52, 37]],
  americas: [[-125, -55], [-35, 55]], asia: [[60, -10], [150, 50]],
};
let world = null;  // the parsed TopoJSON, fetched once per page load

async function loadWorld() {
  if (!world) {
    const res = await fetch(WORLD);
    if (!res.ok) throw new Error(`country outlines: ${res.status} ${res.statusText}`);
    world = await res.json();
  }
  return world;
}

// places at the same coordinates (a country and its centroid-placed regions) share one symbol
function groupPlaces(places) {
  const groups = new Map();
  for (const p of places) {
    const key = p.lon.toFixed(2) + "," + p.lat.toFixed(2);
    const g = groups.get(key) || { lon: p.lon, lat: p.lat, events: 0, tone: 0, places: [] };
    g.events += p.events;
    g.tone += (p.goldstein_mean || 0) * p.events;
    g.places.push(p);
    groups.set(key, g);
  }
  return [...groups.values()].map(g => ({ ...g, name: g.places[0].name || g.places[0].country, goldstein_mean: g.tone / g.events }))
    .sort((a, b) => b.events - a.events);
}

function drawWorld(root, topo, path) {
  const countries = topojson.feature(topo, topo.objects.countries).features;
  root.appendChild(svg("path", { class: "sphere", d: path({ type: "Sphere" }) }));
  root.appendChild(svg("path", { class: "graticule", d: path(d3.geoGraticule10()) }));
  const land = svg("g", { class: "countries" });
  for (const c of countries) {
    land.appendChild(svg("path", { class: "country", d: path(c), "data-name": c.properties.name }, svg("title", {}, c.properties.name)));
  }
  root.appendChild(land);
  root.appendChild(svg("path", { class: "borders", d: path(topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b)) }));
}

// greedy label placement: biggest places first, a label overlapping one already placed (or the frame) is left out
function placeLabels(root, symbols, W, H) {
  const boxes = [];
  const free = b => b.x >= 0 && b.x + b.w <= W && b.y >= 0 && b.y + b.h <= H &&
    !boxes.some(o => b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h);
  const layer = svg("g", { class: "place-labels" });
  for (const s of symbols) {
    const w = 6.2 * s.label.length + 2, h = 13;
    for (const [dx, dy, anchor] of [[s.r + 2, 4, "start"], [-s.r - 2, 4, "end"], [0, -s.r - 3, "middle"], [0, s.r + 12, "middle"]]) {
      const x = s.x + dx - (anchor === "end" ? w : anchor === "middle" ? w / 2 : 0), box = { x, y: s.y + dy - 10, w, h };
      if (!free(box)) continue;
      boxes.push(box);
      layer.appendChild(svg("text", { class: "place-label", x: s.x + dx, y: s.y + dy, "text-anchor": anchor }, s.label));
      break;
    }
  }
  root.appendChild(layer);
}

export async function mapPage(params) {
  const { params: p, range } = await withPeriod(params);
  const form = filterForm([
    { name: "since", label: "From", size: 11 }, { name: "until", label: "To", size: 11 },
    { name: "actor", label: "Actor", size: 16 }, { name: "root", label: "CAMEO root", size: 4 },
    { name: "region", label: "View", options: Object.keys(REGIONS), value: "world" },
  ], p, v => go("map", v));
  const filters = { since: p.since, until: p.until, actor: p.actor, root: p.root };
  const [topo, places] = await Promise.all([loadWorld(), api("/api/places", filters)]);
  const details = el("div", { class: "card", id: "place-events" }, el("p", { class: "muted" }, "Click a place to see its events."));
  const card = el("div", { class: "card map-card" });
  const summary = el("p", { class: "muted", id: "map-summary" });
  const legend = el("div", { class: "legend" });
  view(el("h1", {}, "Map of event places"), form, periodNote(range, p), summary, legend, card, details);

  // drawn at the card's own width, so that labels keep their size at any window width
  const W = Math.max(320, Math.floor(card.clientWidth - 14));
  const box = REGIONS[p.region || "world"];
  const H = Math.round(W * (box ? 0.62 : 0.52));
  const projection = d3.geoNaturalEarth1();
  if (box) projection.fitExtent([[4, 4], [W - 4, H - 4]], { type: "MultiPoint", coordinates: box }).clipExtent([[0, 0], [W, H]]);
  else projection.fitExtent([[4, 4], [W - 4, H - 4]], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "map", role: "img",
    "aria-label": "map of event places", "data-region": p.region || "world" });
  drawWorld(root, topo, path);

  const groups = groupPlaces(places);
  const maxEv = Math.max(1, ...groups.map(g => g.events));
  const fetchPlace = latest();  // a slow answer for a place clicked before never replaces the last one's
  const show = async (g, circle) => {
    for (const c of root.querySelectorAll("circle.place.selected")) c.classList.remove("selected");
    circle.classList.add("selected");
    details.replaceChildren(el("p", { class: "muted" }, `Loading the events of ${g.name}…`));
    // the place filter matches a name part ("Niger" in "Nigeria"): keep the events of exactly these places
    const pages = await fetchPlace(signal => Promise.all(g.places.map(pl =>
      api("/api/events", { ...filters, place: pl.name || pl.country, limit: 500 }, signal)
        .then(pg => pg.items.filter(e => e.place_name === pl.name && e.place_country === pl.country)))));
    const seen = new Set(), items = [];
    for (const e of pages.flat()) if (!seen.has(e.id)) { seen.add(e.id); items.push(e); }
    items.sort((a, b) => String(a.date).localeCompare(String(b.date)));
    const names = g.places.map(pl => pl.name || pl.country).join(", ");
    details.replaceChildren(el("h2", {}, `${names}: ${plural(items.length, "event")}`), eventTable(items, { withPlace: true }));
  };
  const symbols = [];
  const layer = svg("g", { class: "places" });
  const hits = svg("g", { class: "place-hits" });  // below every symbol: a wider target never hides another symbol
  // biggest first (groupPlaces sorts them), so that a smaller symbol is drawn over a bigger one and stays clickable
  for (const g of groups) {
    const [x, y] = projection([g.lon, g.lat]);
    if (x < 0 || x > W || y < 0 || y > H) continue;  // outside the region shown
    const r = Math.max(R_MIN, R_MAX * Math.sqrt(g.events / maxEv));
    const names = g.places.map(pl => `${pl.name || pl.country} (${pl.events})`).join(", ");
    const tip = `${names}: ${plural(g.events, "event")}, mean Goldstein ${fmt(g.goldstein_mean, 1)}`;
    const c = svg("circle", { class: "place", cx: x, cy: y, r, fill: toneColor(g.goldstein_mean), "data-name": g.name, "data-events": g.events },
      svg("title", {}, tip));
    const open = () => show(g, c).catch(err => {
      if (!isAbort(err)) details.replaceChildren(el("p", { class: "error", role: "alert" }, "Error: ", err.message));
    });
    if (r < HIT_MIN) {
      const hit = svg("circle", { class: "place-hit", cx: x, cy: y, r: HIT_MIN, "data-name": g.name }, svg("title", {}, tip));
      hit.addEventListener("click", open);
      hits.appendChild(hit);
    }
    c.addEventListener("click", open);
    layer.appendChild(c);
    symbols.push({ x, y, r, label: g.name });
  }
  root.appendChild(hits);
  root.appendChild(layer);
  placeLabels(root, symbols, W, H);
  card.replaceChildren(root);
  if (!groups.length) {
    summary.textContent = "No event with a known place for these filters: widen the period or clear a filter.";
    summary.id = "map-empty";
    details.remove();
    return;
  }
  summary.textContent = `${plural(places.length, "place")} with coordinates, ${plural(groups.length, "symbol")} · ` +
    `${plural(places.reduce((n, pl) => n + pl.events, 0), "event")}` + (box ? ` · ${plural(symbols.length, "symbol")} in this view` : "");
  if (box && !symbols.length) details.replaceChildren(el("p", { class: "muted" }, "No place in this view: choose another in View."));
  legend.replaceChildren(
    el("span", {}, el("i", { class: "swatch swatch-coop" }), "cooperation on average"),
    el("span", {}, el("i", { class: "swatch swatch-conf" }), "conflict on average"),
    el("span", {}, `circle area proportional to events (largest: ${maxEv})`),
    el("span", {}, "outlines: Natural Earth 1:110m"));
}
