import { api, articleHref, el, filterForm, fmt, go, svg, view } from "./lib.js";

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

export async function timelinePage(params) {
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

