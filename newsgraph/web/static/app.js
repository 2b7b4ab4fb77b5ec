/* newsgraph dashboard: plain JavaScript + SVG, no library, no network beyond this server's /api.
 *
 * Safety rule: text from articles and the database only ever reaches the page through textContent or
 * createTextNode (see el() and svg()); innerHTML is never used, so no markup or script in an article runs.
 */
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

// -- DOM helpers (the only way content is created) ----------------------------------------------------------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVGNS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

function view(...children) {
  const main = document.getElementById("view");
  main.replaceChildren(...children.flat().filter(Boolean));
  return main;
}

function fmt(v, digits) {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" && digits !== undefined) return v.toFixed(digits);
  return String(v);
}

function actorLabel(e, side) {
  return e[side + "_name"] || e[side + "_mention"] || e[side + "_code"] || e[side + "_country"] || "";
}

// -- API ------------------------------------------------------------------------------------------------
async function api(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== "" && v !== false) url.searchParams.set(k, v);
  }
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await res.json();
  if (!res.ok) {
    const err = body && body.error ? body.error : { message: res.statusText };
    throw new Error(err.message + (err.details ? " (" + err.details.map(d => d.loc.join(".") + ": " + d.msg).join("; ") + ")" : ""));
  }
  return body;
}

function showError(err) {
  view(el("p", { class: "error", role: "alert" }, "Error: ", err.message));
}

// -- routing: #/page?query ----------------------------------------------------------------------------------
function route() {
  const hash = window.location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  const params = Object.fromEntries(new URLSearchParams(query || ""));
  const parts = path.split("/").filter(Boolean);
  for (const a of document.querySelectorAll("nav a[data-nav]")) {
    a.classList.toggle("active", a.dataset.nav === (parts[0] || "search"));
  }
  const page = parts[0] || "search";
  const run = {
    search: () => searchPage(params),
    article: () => articlePage(decodeURIComponent(parts.slice(1).join("/")), params),
    network: () => networkPage(params),
    timeline: () => timelinePage(params),
    map: () => mapPage(params),
  }[page];
  (run ? run() : Promise.resolve(view(el("p", { class: "error" }, "No such page: ", path)))).catch(showError);
}

function go(page, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "" && v !== false) q.set(k, v);
  const s = q.toString();
  window.location.hash = "#/" + page + (s ? "?" + s : "");
}

function articleHref(id, eventId) {
  return "#/article/" + encodeURIComponent(id) + (eventId ? "?event=" + encodeURIComponent(eventId) : "");
}

function filterForm(fields, values, onSubmit) {
  const form = el("form", { class: "filters" });
  for (const f of fields) {
    if (f.type === "checkbox") {
      form.appendChild(el("label", { class: "check" },
        el("input", { type: "checkbox", name: f.name, checked: values[f.name] ? "checked" : null }), f.label));
    } else if (f.options) {
      const sel = el("select", { name: f.name },
        f.options.map(o => el("option", { value: o, selected: (values[f.name] || f.value) === o ? "selected" : null }, o)));
      form.appendChild(el("label", {}, f.label, sel));
    } else {
      form.appendChild(el("label", {}, f.label,
        el("input", { name: f.name, type: f.type || "text", placeholder: f.placeholder || "", value: values[f.name] || "", size: f.size || 14 })));
    }
  }
  form.appendChild(el("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    const out = {};
    for (const f of fields) {
      const input = form.elements[f.name];
      out[f.name] = f.type === "checkbox" ? (input.checked ? "1" : "") : input.value.trim();
    }
    onSubmit(out);
  });
  return form;
}

function eventTable(events, opts) {
  opts = opts || {};
  const rows = events.map(e => {
    const tr = el("tr", { class: "clickable", "data-event": e.id, "data-article": e.article_id },
      el("td", {}, fmt(e.date)),
      el("td", {}, actorLabel(e, "source")),
      el("td", { class: "q" + e.quad_class, title: QUAD[e.quad_class] || "" }, fmt(e.cameo), " ", el("span", { class: "badge" }, fmt(e.plover))),
      el("td", {}, actorLabel(e, "target")),
      el("td", {}, fmt(e.trigger)),
      el("td", {}, fmt(e.goldstein, 1)),
      opts.withPlace ? el("td", {}, fmt(e.place_name)) : null);
    tr.addEventListener("click", () => (opts.onClick ? opts.onClick(e, tr) : (window.location.hash = articleHref(e.article_id, e.id))));
    return tr;
  });
  return el("table", { class: "events" },
    el("thead", {}, el("tr", {}, ["Date", "Source", "CAMEO", "Target", "Trigger", "Goldstein", opts.withPlace ? "Place" : null]
      .filter(Boolean).map(h => el("th", {}, h)))),
    el("tbody", {}, rows.length ? rows : el("tr", {}, el("td", { colspan: 7, class: "muted" }, "No events."))));
}

// -- search page --------------------------------------------------------------------------------------------
async function searchPage(params) {
  const form = filterForm([
    { name: "actor", label: "Actor (name, code, country)", placeholder: "Poutine, RUS, USAGOV", size: 24 },
    { name: "q", label: "Text", placeholder: "word in the article", size: 24 },
  ], params, v => go("search", v));
  const [health, top, articles] = await Promise.all([
    api("/api/health"),
    api("/api/actors/top", { limit: 12, actor: params.actor }),
    api("/api/articles", { q: params.q, limit: 30 }),
  ]);
  document.getElementById("status").textContent =
    `${health.counts.articles} articles · ${health.counts.events} events · ${health.counts.quotes} quotes`;
  const events = await api("/api/events", { actor: params.actor, q: params.q, limit: 100 });
  const topList = el("ul", { class: "plain", id: "top-actors" }, top.map(a =>
    el("li", {}, el("a", { href: "#/network?actor_key=" + encodeURIComponent(a.id) }, a.label || a.id), " ",
      el("span", { class: "muted" }, `${a.events} events · ${a.country || ""} ${a.sector || ""}`))));
  const artList = el("ul", { class: "plain", id: "articles" }, articles.items.map(a =>
    el("li", {}, el("a", { href: articleHref(a.id) }, a.title || a.id), " ",
      el("span", { class: "muted" }, `${fmt(a.published)} · ${a.events} events · ${a.quotes} quotes`))));
  view(el("h1", {}, "Search"), form,
    el("div", { class: "grid2" },
      el("div", { class: "card" }, el("h2", {}, `Events (${events.total})`), eventTable(events.items, { withPlace: true })),
      el("div", {},
        el("div", { class: "card" }, el("h2", {}, `Articles (${articles.total})`), artList),
        el("div", { class: "card" }, el("h2", {}, "Top actors"), topList))));
}

// -- article page -------------------------------------------------------------------------------------------
function highlightSpans(art) {
  const spans = [];
  for (const e of art.entities || []) spans.push({ start: e.start_char, end: e.end_char, cls: "ent ent-" + e.label, title: e.label });
  for (const q of art.quotes || []) spans.push({ start: q.start_char, end: q.end_char, cls: "quote", title: "quote: " + (q.speaker_name || q.speaker_mention || "?") });
  for (const e of art.events || []) {
    spans.push({ start: e.trigger_start, end: e.trigger_end, cls: "trigger", event: e.id, title: `${e.cameo} ${e.plover || ""}` });
    const sentence = art.text.slice(e.sentence_start, e.sentence_end);
    for (const side of ["source", "target"]) {
      const m = e[side + "_mention"];
      const i = m ? sentence.indexOf(m) : -1;
      if (i >= 0) spans.push({ start: e.sentence_start + i, end: e.sentence_start + i + m.length, cls: side === "source" ? "actor-src" : "actor-tgt", title: side });
    }
  }
  return spans.filter(s => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start);
}

function renderText(text, spans) {
  // cut the text at every span boundary; each piece gets the classes of the spans covering it
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, s.start)); cuts.add(Math.min(text.length, s.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const container = el("div", { class: "article-text", id: "article-text" });
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = spans.filter(s => s.start <= a && s.end >= b);
    if (!covering.length) { container.appendChild(document.createTextNode(piece)); continue; }
    const ev = covering.find(s => s.event);
    container.appendChild(el("span", {
      class: covering.map(s => s.cls).join(" "),
      title: covering.map(s => s.title).filter(Boolean).join(" · "),
      "data-event": ev ? ev.event : null,
    }, piece));
  }
  return container;
}

function focusEvent(eventId) {
  for (const n of document.querySelectorAll(".flash, tr.selected")) n.classList.remove("flash", "selected");
  const marks = [...document.querySelectorAll("#article-text [data-event]")].filter(n => n.dataset.event === eventId);
  for (const m of marks) m.classList.add("flash");
  if (marks[0]) marks[0].scrollIntoView({ block: "center" });
  const row = [...document.querySelectorAll("table.events tr[data-event]")].find(r => r.dataset.event === eventId);
  if (row) row.classList.add("selected");
}

async function articlePage(id, params) {
  const art = await api("/api/articles/" + id.split("/").map(encodeURIComponent).join("/"));
  const legend = el("div", { class: "legend" },
    el("span", { class: "ent-PER" }, "person"), el("span", { class: "ent-ORG" }, "organisation"),
    el("span", { class: "ent-LOC" }, "place"), el("span", { class: "trigger" }, "event trigger"),
    el("span", { class: "actor-src" }, "source actor"), el("span", { class: "actor-tgt" }, "target actor"),
    el("span", { class: "quote" }, "quote"));
  const meta = el("p", { class: "muted" }, fmt(art.published), art.url ? " · " : "",
    art.url ? el("a", { href: art.url, rel: "noopener noreferrer" }, art.url) : null, " · id ", art.id);
  const quotes = (art.quotes || []).map(q => el("blockquote", {}, q.text,
    el("div", { class: "muted" }, "— ", q.speaker_name || q.speaker_mention || "unknown speaker", q.cue ? ` (${q.cue})` : "")));
  const table = eventTable(art.events, { withPlace: true, onClick: e => focusEvent(e.id) });
  view(
    el("h1", { id: "article-title" }, art.title || art.id), meta, legend,
    el("div", { class: "layout" },
      el("div", { class: "card" }, renderText(art.text, highlightSpans(art))),
      el("div", {},
        el("div", { class: "card" }, el("h2", {}, `Events (${art.events.length})`), table),
        el("div", { class: "card" }, el("h2", {}, `Quotes (${quotes.length})`), quotes.length ? quotes : el("p", { class: "muted" }, "No quotes.")))));
  if (params.event) focusEvent(params.event);
}

// -- network page: force-directed layout in SVG ------------------------------------------------------------------
function layout(nodes, edges, width, height) {
  // Fruchterman-Reingold with gravity (keeps separate components together), then scaled to fill the box
  const n = nodes.length, pos = nodes.map((_, i) => ({
    x: Math.cos(2 * Math.PI * i / Math.max(n, 1)) * 100 + (i % 3), y: Math.sin(2 * Math.PI * i / Math.max(n, 1)) * 100, vx: 0, vy: 0 }));
  const index = Object.fromEntries(nodes.map((d, i) => [d.id, i]));
  const k = 60, gravity = Math.min(2, Math.max(0.15, n / 10));
  for (let it = 0; it < 300; it++) {
    const step = 20 * (1 - it / 300) + 0.5;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = pos[i].x - pos[j].x || 0.01, dy = pos[i].y - pos[j].y || 0.01;
      const d2 = Math.max(dx * dx + dy * dy, 1), f = k * k / d2;
      pos[i].vx += dx * f; pos[i].vy += dy * f; pos[j].vx -= dx * f; pos[j].vy -= dy * f;
    }
    for (const e of edges) {
      const a = pos[index[e.source]], b = pos[index[e.target]];
      if (!a || !b) continue;
      const dx = a.x - b.x, dy = a.y - b.y, f = Math.sqrt(dx * dx + dy * dy) / k;
      a.vx -= dx * f; a.vy -= dy * f; b.vx += dx * f; b.vy += dy * f;
    }
    for (const p of pos) {
      p.vx -= p.x * gravity; p.vy -= p.y * gravity;
      const v = Math.sqrt(p.vx * p.vx + p.vy * p.vy) || 1, s = Math.min(v, step);
      p.x += p.vx / v * s; p.y += p.vy / v * s;
      p.vx = p.vy = 0;
    }
  }
  const xs = pos.map(p => p.x), ys = pos.map(p => p.y);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const left = 50, right = width - 170, top = 40, bottom = height - 40;
  for (const p of pos) {
    p.x = x1 > x0 ? left + (p.x - x0) / (x1 - x0) * (right - left) : width / 2;
    p.y = y1 > y0 ? top + (p.y - y0) / (y1 - y0) * (bottom - top) : height / 2;
  }
  return pos;
}

function drawNetwork(net, onNode) {
  const W = 900, H = Math.max(560, Math.min(900, 14 * net.nodes.length));
  const pos = layout(net.nodes, net.edges, W, H);
  const index = Object.fromEntries(net.nodes.map((d, i) => [d.id, i]));
  const maxEv = Math.max(1, ...net.nodes.map(d => d.events));
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "network", role: "img" },
    svg("defs", {}, ["coop", "conf", "mixed"].map(c => svg("marker", { id: "arrow-" + c, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" },
      svg("path", { d: "M0,0 L10,5 L0,10 z", fill: c === "coop" ? "#2e8b57" : c === "conf" ? "#c8362b" : "#8a96a3" })))));
  const radius = d => 6 + 16 * Math.sqrt(d.events / maxEv);
  for (const e of net.edges) {
    const a = pos[index[e.source]], b = pos[index[e.target]];
    if (!a || !b) continue;
    const kind = e.cooperation > e.conflict ? "coop" : e.conflict > e.cooperation ? "conf" : "mixed";
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    const rb = radius(net.nodes[index[e.target]]) + 2;
    const ex = b.x - dx / d * rb, ey = b.y - dy / d * rb;
    const mx = (a.x + ex) / 2 - dy / d * 18, my = (a.y + ey) / 2 + dx / d * 18;  // bend: A->B and B->A apart
    root.appendChild(svg("path", {
      class: "edge edge-" + kind, d: `M${a.x},${a.y} Q${mx},${my} ${ex},${ey}`,
      stroke: kind === "coop" ? "#2e8b57" : kind === "conf" ? "#c8362b" : "#8a96a3",
      "stroke-width": 1 + 2 * Math.log2(1 + e.events), "marker-end": `url(#arrow-${kind})`,
      "data-source": e.source, "data-target": e.target,
    }, svg("title", {}, `${e.source_label || e.source} → ${e.target_label || e.target}: ${e.events} events, ` +
      `${e.cooperation} cooperation, ${e.conflict} conflict, Goldstein ${fmt(e.goldstein_mean, 1)}`)));
  }
  net.nodes.forEach((d, i) => {
    const color = d.cooperation > d.conflict ? "#2e8b57" : d.conflict > d.cooperation ? "#c8362b" : "#5b6b7c";
    const g = svg("g", { class: "node-group", "data-id": d.id },
      svg("circle", { class: "node", cx: pos[i].x, cy: pos[i].y, r: radius(d), fill: color, "data-id": d.id },
        svg("title", {}, `${d.label}: ${d.events} events (${d.cooperation} cooperation, ${d.conflict} conflict)`)),
      svg("text", { x: pos[i].x + radius(d) + 3, y: pos[i].y + 4 }, d.label || d.id));
    g.addEventListener("click", () => {
      for (const c of root.querySelectorAll(".node.selected")) c.classList.remove("selected");
      g.querySelector("circle").classList.add("selected");
      onNode(d);
    });
    root.appendChild(g);
  });
  return root;
}

async function networkPage(params) {
  const form = filterForm([
    { name: "since", label: "From", placeholder: "2021-01-01", size: 11 },
    { name: "until", label: "To", placeholder: "2021-12-31", size: 11 },
    { name: "actor", label: "Involving actor", size: 16 },
    { name: "root", label: "CAMEO root", size: 4 },
  ], params, v => go("network", v));
  const net = await api("/api/network", { since: params.since, until: params.until, actor: params.actor, root: params.root, actor_key: params.actor_key, max_nodes: 60 });
  const details = el("div", { class: "card", id: "actor-events" }, el("p", { class: "muted" }, "Click an actor to see its events."));
  const showActor = async d => {
    const evs = await api("/api/events", { actor_key: d.id, since: params.since, until: params.until, limit: 200 });
    details.replaceChildren(el("h2", {}, `${d.label}: ${evs.total} events`), eventTable(evs.items, { withPlace: true }));
  };
  const legend = el("div", { class: "legend" },
    el("span", {}, el("i", { class: "swatch swatch-coop" }), "cooperation (quad 1-2)"),
    el("span", {}, el("i", { class: "swatch swatch-conf" }), "conflict (quad 3-4)"),
    el("span", {}, "node size: events · edge width: events · arrow: source → target"));
  view(el("h1", {}, "Actor network"), form, legend,
    el("div", { class: "side-by-side" },
      net.nodes.length ? drawNetwork(net, d => showActor(d).catch(showError)) : el("p", { class: "muted" }, "No events for these filters."),
      details));
}

// -- timeline page ----------------------------------------------------------------------------------------------
function drawTimeline(points) {
  const W = 900, H = 360, L = 48, R = 70, T = 24, B = 60;
  const n = Math.max(points.length, 1), bw = Math.min((W - L - R) / n, 80);
  const maxC = Math.max(1, ...points.map(p => p.events));
  const y = v => T + (H - T - B) * (1 - v / maxC);
  const yg = g => T + (H - T - B) * (1 - (g + 10) / 20);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "timeline", role: "img" });
  for (let g = -10; g <= 10; g += 5) {
    root.appendChild(svg("line", { class: "grid", x1: L, x2: W - R, y1: yg(g), y2: yg(g) }));
    root.appendChild(svg("text", { x: W - R + 4, y: yg(g) + 4 }, String(g)));
  }
  root.appendChild(svg("text", { x: W - 4, y: T - 10, "text-anchor": "end" }, "Goldstein"));
  root.appendChild(svg("text", { x: 4, y: T - 10 }, "events"));
  root.appendChild(svg("text", { x: 4, y: y(maxC) + 4 }, String(maxC)));
  root.appendChild(svg("text", { x: 4, y: y(0) + 4 }, "0"));
  root.appendChild(svg("line", { class: "axis", x1: L, x2: W - R, y1: y(0), y2: y(0) }));
  const every = Math.ceil(n / 24);
  points.forEach((p, i) => {
    const x = L + i * bw + bw * 0.15, w = bw * 0.7, other = p.events - p.cooperation - p.conflict;
    let base = 0;
    for (const [v, color, cls] of [[p.cooperation, "#2e8b57", "coop"], [p.conflict, "#c8362b", "conf"], [other, "#8a96a3", "other"]]) {
      if (v <= 0) continue;
      root.appendChild(svg("rect", { class: "bar bar-" + cls, x, width: w, y: y(base + v), height: y(base) - y(base + v), fill: color },
        svg("title", {}, `${p.period}: ${p.events} events (${p.cooperation} cooperation, ${p.conflict} conflict), ${p.mentions} reports in ${p.articles} articles, mean Goldstein ${fmt(p.goldstein_mean, 2)}`)));
      base += v;
    }
    if (i % every === 0) root.appendChild(svg("text", { x: x + w / 2, y: H - B + 14, "text-anchor": "end", transform: `rotate(-45 ${x + w / 2} ${H - B + 14})` }, p.period));
  });
  const pts = points.map((p, i) => p.goldstein_mean === null ? null : `${L + i * bw + bw / 2},${yg(p.goldstein_mean)}`).filter(Boolean);
  if (pts.length) {
    root.appendChild(svg("polyline", { points: pts.join(" "), fill: "none", stroke: "#2a5db0", "stroke-width": 2, id: "goldstein-line" }));
    points.forEach((p, i) => { if (p.goldstein_mean !== null) root.appendChild(svg("circle", { cx: L + i * bw + bw / 2, cy: yg(p.goldstein_mean), r: 3.5, fill: "#2a5db0" }, svg("title", {}, `${p.period}: Goldstein ${fmt(p.goldstein_mean, 2)}`))); });
  }
  return root;
}

async function timelinePage(params) {
  const form = filterForm([
    { name: "source", label: "Actor A (source)", placeholder: "RUS", size: 14 },
    { name: "target", label: "Actor B (target)", placeholder: "USA", size: 14 },
    { name: "either_direction", label: "both directions", type: "checkbox" },
    { name: "interval", label: "Interval", options: ["day", "week", "month", "year"], value: "month" },
    { name: "since", label: "From", size: 11 }, { name: "until", label: "To", size: 11 },
  ], params, v => go("timeline", v));
  const query = { source: params.source, target: params.target, either_direction: params.either_direction ? "true" : "",
    interval: params.interval || "month", since: params.since, until: params.until };
  const points = await api("/api/timeline", query);
  const evs = await api("/api/events/linked", { ...query, interval: null, limit: 200 });
  const rows = evs.items.map(e => {
    const tr = el("tr", { class: "clickable" }, el("td", {}, fmt(e.date)), el("td", {}, e.source_name || e.source_code || ""),
      el("td", { class: "q" + e.quad_class }, fmt(e.cameo)), el("td", {}, e.target_name || e.target_code || ""),
      el("td", {}, fmt(e.goldstein, 1)), el("td", {}, `${e.num_articles} articles / ${e.num_mentions} reports`));
    tr.addEventListener("click", () => { window.location.hash = articleHref(e.article_ids[0], e.first_event_id); });
    return tr;
  });
  const title = params.source || params.target
    ? `${params.source || "any"} ${params.either_direction ? "↔" : "→"} ${params.target || "any"}` : "All events";
  view(el("h1", {}, "Dyad timeline: ", title), form,
    el("div", { class: "legend" },
      el("span", {}, el("i", { class: "swatch swatch-coop" }), "cooperation"),
      el("span", {}, el("i", { class: "swatch swatch-conf" }), "conflict"),
      el("span", {}, el("i", { class: "swatch swatch-gold" }), "mean Goldstein (right axis)"),
      el("span", {}, "bars count events linked across articles")),
    points.length ? drawTimeline(points) : el("p", { class: "muted", id: "timeline-empty" }, "No dated events for these filters."),
    el("div", { class: "card" }, el("h2", {}, `Linked events (${evs.total})`),
      el("table", { class: "linked" }, el("thead", {}, el("tr", {}, ["Date", "Source", "CAMEO", "Target", "Goldstein", "Coverage"].map(h => el("th", {}, h)))),
        el("tbody", {}, rows))));
}

// -- map page: equirectangular projection, graticule, event places ----------------------------------------------
async function mapPage(params) {
  const form = filterForm([
    { name: "since", label: "From", size: 11 }, { name: "until", label: "To", size: 11 },
    { name: "actor", label: "Actor", size: 16 }, { name: "root", label: "CAMEO root", size: 4 },
  ], params, v => go("map", v));
  const places = await api("/api/places", { since: params.since, until: params.until, actor: params.actor, root: params.root });
  // equirectangular view fitted to the places (whole world when there are none), 2:1 like the full map
  const lons = places.map(p => p.lon), lats = places.map(p => p.lat);
  let lon0 = -180, lon1 = 180, lat0 = -90, lat1 = 90;
  if (places.length) {
    const cx = (Math.min(...lons) + Math.max(...lons)) / 2, cy = (Math.min(...lats) + Math.max(...lats)) / 2;
    let span = Math.max(40, Math.max(...lons) - Math.min(...lons) + 20, 2 * (Math.max(...lats) - Math.min(...lats) + 10));
    span = Math.min(360, span);
    lon0 = Math.max(-180, Math.min(180 - span, cx - span / 2)); lon1 = lon0 + span;
    lat1 = Math.min(90, Math.max(-90 + span / 2, cy + span / 4)); lat0 = lat1 - span / 2;
  }
  const W = 1000, H = 500, px = lon => (lon - lon0) / (lon1 - lon0) * W, py = lat => (lat1 - lat) / (lat1 - lat0) * H;
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "map", role: "img" },
    svg("rect", { x: 0, y: 0, width: W, height: H, fill: "#f3f7fb" }));
  const stepDeg = (lon1 - lon0) > 120 ? 30 : 10;
  for (let lon = -180; lon <= 180; lon += stepDeg) {
    if (lon < lon0 || lon > lon1) continue;
    root.appendChild(svg("line", { class: lon === 0 ? "axis" : "grid", x1: px(lon), x2: px(lon), y1: 0, y2: H }));
    root.appendChild(svg("text", { x: px(lon) + 2, y: H - 4 }, `${lon}°`));
  }
  for (let lat = -90; lat <= 90; lat += stepDeg) {
    if (lat < lat0 || lat > lat1) continue;
    root.appendChild(svg("line", { class: lat === 0 ? "axis" : "grid", x1: 0, x2: W, y1: py(lat), y2: py(lat) }));
    root.appendChild(svg("text", { x: 2, y: py(lat) - 2 }, `${lat}°`));
  }
  const maxEv = Math.max(1, ...places.map(p => p.events));
  const details = el("div", { class: "card", id: "place-events" }, el("p", { class: "muted" }, "Click a place to see its events."));
  const placed = [];  // label boxes already drawn: a label that would overlap one is left to the tooltip
  const freeFor = (x, y, w) => !placed.some(b => x < b.x + b.w && b.x < x + w && Math.abs(b.y - y) < 12);
  for (const p of [...places].sort((a, b) => b.events - a.events)) {
    const g = p.goldstein_mean === null ? 0 : p.goldstein_mean;
    const c = svg("circle", { class: "place", cx: px(p.lon), cy: py(p.lat), r: 4 + 10 * Math.sqrt(p.events / maxEv),
      fill: g > 0 ? "#2e8b57" : g < 0 ? "#c8362b" : "#5b6b7c", "data-name": p.name || "" },
      svg("title", {}, `${p.name || p.country}: ${p.events} events, mean Goldstein ${fmt(p.goldstein_mean, 1)}`));
    c.addEventListener("click", async () => {
      const evs = await api("/api/events", { place: p.name || p.country, since: params.since, until: params.until, actor: params.actor, root: params.root, limit: 200 });
      details.replaceChildren(el("h2", {}, `${p.name || p.country}: ${evs.total} events`), eventTable(evs.items));
    });
    root.appendChild(c);
    const label = p.name || p.country || "", lx = px(p.lon) + 8, ly = py(p.lat) - 6, lw = 6.5 * label.length;
    if (freeFor(lx, ly, lw)) {
      placed.push({ x: lx, y: ly, w: lw });
      root.appendChild(svg("text", { x: lx, y: ly, class: "place-label" }, label));
    }
  }
  view(el("h1", {}, "Map of event places"), form,
    el("p", { class: "muted" }, `${places.length} places with coordinates · equirectangular projection, ` +
      `longitude ${Math.round(lon0)}° to ${Math.round(lon1)}°, latitude ${Math.round(lat0)}° to ${Math.round(lat1)}° · ` +
      "green: cooperation, red: conflict on average · circle size: events"),
    root, details);
}

window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", route);
