import { api, el, eventTable, filterForm, fmt, go, showError, svg, view } from "./lib.js";

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

export async function networkPage(params) {
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

