/* Network page: who acts on whom, drawn by cytoscape (vendored global `cytoscape`) with its force-directed `cose`
 * layout. The layout counts each node's label in its size (nodeDimensionsIncludeLabels), so labels do not
 * overlap nodes or each other; it starts from a circle in a fixed order, so the same data gives the same drawing.
 * Labels are canonical actor names (/api/network `name`). The actors are also listed as text beside the graph.
 */
import { COLORS, api, el, eventTable, filterForm, go, isAbort, latest, periodNote, plural, view, withPeriod } from "./lib.js";

const MAX_NODES = 50;

function tone(d) {
  return d.cooperation > d.conflict ? "coop" : d.conflict > d.cooperation ? "conf" : "neutral";
}

// the code behind a name ("civils (France)" is FRACVL), for tooltips; none when the name is the code
function codeNote(d) {
  return d.code && d.code !== d.name ? d.code : "";
}

function elements(net) {
  const n = net.nodes.length;
  const nodes = net.nodes.filter(d => d.linked).map((d, i) => ({
    group: "nodes",
    data: { id: d.id, name: d.name || d.label || d.id, code: codeNote(d), events: d.events, tone: tone(d) },
    position: { x: 300 * Math.cos(2 * Math.PI * i / n), y: 300 * Math.sin(2 * Math.PI * i / n) },
  }));
  const edges = net.edges.map(e => ({
    group: "edges",
    data: { id: e.source + "->" + e.target, source: e.source, target: e.target, events: e.events, tone: tone(e) },
  }));
  return [...nodes, ...edges];
}

function stylesheet(maxEvents) {
  const top = Math.max(2, maxEvents);
  return [
    { selector: "node", style: {
      label: "data(name)", "font-size": 12, "font-family": "system-ui, sans-serif", color: "#1d232b",
      "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "wrap", "text-max-width": 130,
      "text-outline-color": "#fff", "text-outline-width": 2, "min-zoomed-font-size": 5,
      width: `mapData(events, 1, ${top}, 12, 46)`, height: `mapData(events, 1, ${top}, 12, 46)`,
      "background-color": COLORS.neutral, "border-color": "#fff", "border-width": 1.5 } },
    { selector: "node[tone = 'coop']", style: { "background-color": COLORS.coop } },
    { selector: "node[tone = 'conf']", style: { "background-color": COLORS.conf } },
    { selector: "edge", style: {
      width: `mapData(events, 1, ${top}, 1.2, 8)`, "curve-style": "bezier", "target-arrow-shape": "triangle",
      "arrow-scale": 0.9, opacity: 0.6, "line-color": COLORS.other, "target-arrow-color": COLORS.other } },
    { selector: "edge[tone = 'coop']", style: { "line-color": COLORS.coop, "target-arrow-color": COLORS.coop } },
    { selector: "edge[tone = 'conf']", style: { "line-color": COLORS.conf, "target-arrow-color": COLORS.conf } },
    { selector: ".faded", style: { opacity: 0.12 } },
    { selector: "node:selected", style: { "border-color": "#111", "border-width": 3 } },
  ];
}

// label collision avoidance after the force layout: boxes (node + label) that still overlap are pushed apart along
// the axis where they overlap least, a few rounds until none is left (or the rounds run out). A box moves with its
// node, so each node's box is measured once, relative to its position.
function separate(cy, margin = 4, rounds = 400) {
  const nodes = cy.nodes().toArray();
  const pos = nodes.map(n => ({ ...n.position() }));
  const rel = nodes.map((n, i) => {
    const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
    return { x1: b.x1 - pos[i].x, x2: b.x2 - pos[i].x, y1: b.y1 - pos[i].y, y2: b.y2 - pos[i].y };
  });
  let round = 0;
  for (; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
      const a = pos[i], b = pos[j], ra = rel[i], rb = rel[j];
      const ox = Math.min(a.x + ra.x2, b.x + rb.x2) - Math.max(a.x + ra.x1, b.x + rb.x1) + margin;
      const oy = Math.min(a.y + ra.y2, b.y + rb.y2) - Math.max(a.y + ra.y1, b.y + rb.y1) + margin;
      if (ox <= 0 || oy <= 0) continue;
      if (ox < oy) { const d = (a.x <= b.x ? -ox : ox) / 2; a.x += d; b.x -= d; }
      else { const d = (a.y <= b.y ? -oy : oy) / 2; a.y += d; b.y -= d; }
      moved = true;
    }
    if (!moved) break;
  }
  cy.batch(() => nodes.forEach((n, i) => n.position(pos[i])));
  return round;
}

function drawNetwork(container, net, onNode) {
  const cy = cytoscape({
    container, elements: elements(net), style: stylesheet(Math.max(...net.nodes.map(d => d.events))),
    layout: { name: "preset" }, minZoom: 0.2, maxZoom: 4, boxSelectionEnabled: false,
  });
  // laid out in the container's own size, so that at zoom 1 the labels have their 12 px
  cy.layout({
    name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true, padding: 20,
    boundingBox: { x1: 0, y1: 0, w: container.clientWidth, h: container.clientHeight },
    idealEdgeLength: () => 70, nodeRepulsion: () => 6000, nodeOverlap: 30, gravity: 1.5, numIter: 1500,
    componentSpacing: 40,
  }).run();
  separate(cy);
  cy.fit(undefined, 16);
  const focus = node => {
    cy.elements().removeClass("faded");
    if (!node) return;
    cy.elements().difference(node.closedNeighborhood()).addClass("faded");
  };
  cy.on("tap", "node", evt => { focus(evt.target); onNode(evt.target.data()); });
  cy.on("tap", evt => { if (evt.target === cy) focus(null); });
  // a canvas has no per-node tooltip: the container's title tells the actor or link under the pointer
  const title = d => (d.source ? `${cy.getElementById(d.source).data("name")} → ${cy.getElementById(d.target).data("name")}: ${d.events} events`
    : `${d.name}${d.code ? " (" + d.code + ")" : ""}: ${plural(d.events, "event")}`);
  cy.on("mouseover", "node, edge", evt => { container.title = title(evt.target.data()); });
  cy.on("mouseout", "node, edge", () => { container.title = ""; });
  container.cy = cy;  // for the browser tests, which cannot click inside a canvas by name
  return cy;
}

export async function networkPage(params) {
  const { params: p, range } = await withPeriod(params);
  const form = filterForm([
    { name: "since", label: "From", size: 11 }, { name: "until", label: "To", size: 11 },
    { name: "actor", label: "Involving actor", size: 16 }, { name: "root", label: "CAMEO root", size: 4 },
    { name: "min_events", label: "Min. events", type: "number", min: 1, size: 4, value: "1",
      title: "leave out actors with fewer events" },
  ], p, v => go("network", v));
  const filters = { since: p.since, until: p.until, actor: p.actor, root: p.root, actor_key: p.actor_key };
  const net = await api("/api/network", { ...filters, min_events: p.min_events, max_nodes: MAX_NODES });
  if (!net.nodes.length) {
    view(el("h1", {}, "Actor network"), form, periodNote(range, p),
      el("p", { class: "muted", id: "network-empty" },
        "No actor has events for these filters: widen the period, lower Min. events or clear a filter."));
    return;
  }
  // actors without a link to another listed actor stay out of the graph (a row of dots says nothing): in the list only
  const linked = new Set(net.edges.flatMap(e => [e.source, e.target]));
  for (const d of net.nodes) d.linked = linked.has(d.id);
  const alone = net.nodes.filter(d => !d.linked).length;
  const details = el("div", { class: "card", id: "actor-events" });
  const fetchActor = latest();  // a slow answer for an actor clicked before never replaces the last one's
  const showActor = async d => {
    details.replaceChildren(el("p", { class: "muted" }, `Loading the events of ${d.name}…`));
    const evs = await fetchActor(signal => api("/api/events", { ...filters, actor_key: d.id, limit: 200 }, signal));
    details.replaceChildren(el("h2", {}, `${d.name}: ${plural(evs.total, "event")}`), eventTable(evs.items, { withPlace: true, compact: true }));
  };
  const showError = err => {
    if (!isAbort(err)) details.replaceChildren(el("p", { class: "error", role: "alert" }, "Error: ", err.message));
  };
  let cy = null;  // drawn once the page is in place (the layout needs the container's size)
  const select = id => {
    const node = cy ? cy.getElementById(id) : null;
    if (node && node.nonempty()) { cy.elements().unselect(); node.select(); node.emit("tap"); }
    else showActor(net.nodes.find(d => d.id === id)).catch(showError);
  };
  const container = el("div", { id: "network", class: "network", role: "img",
    "aria-label": `actor network: ${net.nodes.length} actors, ${net.edges.length} links` });
  const actorList = el("ul", { class: "plain actor-list", id: "network-actors" }, net.nodes.map(d =>
    el("li", {}, el("a", { href: "#/network?" + new URLSearchParams({ actor_key: d.id }), "data-id": d.id,
      title: codeNote(d) ? `CAMEO code ${d.code}` : null, onclick: ev => { ev.preventDefault(); select(d.id); } },
      d.name || d.label || d.id), " ",
      el("span", { class: "muted" }, `${plural(d.events, "event")} (${d.cooperation} coop., ${d.conflict} confl.)`))));
  details.appendChild(el("p", { class: "muted" }, "Click an actor, in the graph or in the list, to see its events."));
  const actors = el("div", { class: "card" },
    el("h2", {}, `Actors: the ${net.nodes.length} most active, with at least ${plural(Number(p.min_events || 1), "event")}`),
    alone ? el("p", { class: "muted" }, alone === 1 ? "One of them has no link to another actor listed and is not drawn."
      : `${alone} of them have no link to another actor listed and are not drawn.`) : null, actorList);
  const legend = el("div", { class: "legend" },
    el("span", {}, el("i", { class: "swatch swatch-coop" }), "mostly cooperation (quad 1-2)"),
    el("span", {}, el("i", { class: "swatch swatch-conf" }), "mostly conflict (quad 3-4)"),
    el("span", {}, "node size: events · edge width: events · arrow: source → target · scroll to zoom, drag to move"));
  view(el("h1", {}, "Actor network"), form, periodNote(range, p), legend,
    el("div", { class: "side-by-side" },
      linked.size ? el("div", { class: "card network-card" }, container)
        : el("p", { class: "muted", id: "network-empty" }, "No two of these actors act on each other: the graph has no link to draw."),
      el("div", {}, details, actors)));
  if (!linked.size) return;
  cy = drawNetwork(container, net, d => showActor(d).catch(showError));
  container.dataset.nodes = String(cy.nodes().length);
  container.dataset.ready = "1";
}
