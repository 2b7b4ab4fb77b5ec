/* Timeline page: events per period on a continuous time axis (uPlot, vendored global `uPlot`), every period of
 * the range shown even when empty, bars split into cooperation / conflict / other, and the mean Goldstein score
 * on its own -10..10 axis. Below it, the linked events (one row per event reported by several articles).
 */
import { COLORS, actorCell, api, articleHref, el, filterForm, fmt, go, periodNote, plural, view, withPeriod } from "./lib.js";

const DAY = 86400;

// period label (as /api/timeline gives it) -> UTC seconds of its start, and the next period's label
function start(period) {
  const [y, m, d] = period.split("-").map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1) / 1000;
}

function label(seconds, interval) {
  const iso = new Date(seconds * 1000).toISOString();
  return interval === "year" ? iso.slice(0, 4) : interval === "month" ? iso.slice(0, 7) : iso.slice(0, 10);
}

function next(seconds, interval) {
  const t = new Date(seconds * 1000);
  if (interval === "year") return Date.UTC(t.getUTCFullYear() + 1, 0, 1) / 1000;
  if (interval === "month") return Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1) / 1000;
  return seconds + (interval === "week" ? 7 : 1) * DAY;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// x-axis tick labels, unambiguous at any zoom: years; months ("Jul", the year under January and the first tick);
// days ("Jul 8", not uPlot's "7/8"), chosen by the spacing uPlot gave the ticks
export function tickLabels(splits) {
  const step = splits.length > 1 ? splits[1] - splits[0] : 365 * DAY;
  return splits.map((t, i) => {
    const d = new Date(t * 1000), y = d.getUTCFullYear();
    const newYear = i === 0 || new Date(splits[i - 1] * 1000).getUTCFullYear() !== y;
    if (step >= 360 * DAY) return String(y);
    const day = step >= 28 * DAY ? "" : " " + d.getUTCDate();
    return MONTHS[d.getUTCMonth()] + day + (newYear ? "\n" + y : "");
  });
}

// month and year ticks on the periods' starts (every 1, 2, 3, 6 or 12 months, as room allows, about 60 px apart);
// uPlot's own choice would fall between months once the axis has half a period of room at either end
export function periodSplits(xs, interval, width) {
  const need = Math.ceil(60 / Math.max(1, width / Math.max(1, xs.length)));  // periods per tick, at least
  const every = [1, 2, 3, 6, 12, 24, 60, 120].find(k => k >= need) || need;
  return xs.filter(t => {
    const d = new Date(t * 1000);
    return interval === "year" ? d.getUTCFullYear() % every === 0 : (d.getUTCFullYear() * 12 + d.getUTCMonth()) % every === 0;
  });
}

function halfPeriod(seconds, interval) {
  return (next(seconds, interval) - seconds) / 2;
}

function weekStart(seconds) {  // the Monday of that week, as DuckDB's date_trunc('week') gives it
  const dow = (new Date(seconds * 1000).getUTCDay() + 6) % 7;
  return seconds - dow * DAY;
}

// every period from the first to the last one (the period's bounds when given), the empty ones with zero events
export function continuous(points, interval, since, until) {
  const byLabel = new Map(points.map(p => [p.period, p]));
  const bound = v => (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v || "") ? start(v) : null);
  const first = points.length ? start(points[0].period) : null, last = points.length ? start(points[points.length - 1].period) : null;
  let t = Math.min(...[bound(since), first].filter(v => v !== null));
  const end = Math.max(...[bound(until), last].filter(v => v !== null));
  if (!Number.isFinite(t) || !Number.isFinite(end)) return [];
  t = interval === "week" ? weekStart(t) : start(label(t, interval));
  const out = [];
  for (let i = 0; t <= end && i < 20000; t = next(t, interval), i++) {
    const key = label(t, interval);
    out.push({ t, ...(byLabel.get(key) || { period: key, events: 0, cooperation: 0, conflict: 0, mentions: 0, articles: 0, goldstein_mean: null }) });
  }
  return out;
}

function drawTimeline(container, series, interval) {
  const xs = series.map(p => p.t);
  const coop = series.map(p => p.cooperation), conf = series.map(p => p.conflict);
  const other = series.map(p => p.events - p.cooperation - p.conflict);
  // bars are drawn from zero, so each series is the running sum and the later (smaller) ones sit on top
  const bar = v => (v > 0 ? v : null);  // no bar (not even a baseline stroke) for an empty period
  const data = [xs, series.map(p => bar(p.events)), series.map(p => bar(p.cooperation + p.conflict)), coop.map(bar),
    series.map(p => p.goldstein_mean === null ? null : p.goldstein_mean)];
  const raw = [null, other, conf, coop];
  const bars = uPlot.paths.bars({ size: [0.8, 60], gap: 1 });
  const count = i => (u, v, si, idx) => (idx === null || idx === undefined ? "–" : String(raw[i][idx]));
  const opts = {
    width: Math.max(300, container.clientWidth), height: 360,
    tzDate: ts => uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"),
    cursor: { points: { show: false } },
    // half a period of room at either end, so that the first and last bars are drawn whole
    scales: { x: { time: true, range: (u, min, max) => [min - halfPeriod(min, interval), max + halfPeriod(max, interval)] }, y: { range: (u, min, max) => [0, Math.max(1, Math.ceil((max || 0) * 1.08))] }, g: { range: [-10, 10] } },
    legend: { live: true },
    series: [
      { label: interval, value: (u, v) => (v === null || v === undefined ? "–" : label(v, interval)) },
      { label: "other", scale: "y", fill: COLORS.other, stroke: COLORS.other, paths: bars, points: { show: false }, value: count(1) },
      { label: "conflict", scale: "y", fill: COLORS.conf, stroke: COLORS.conf, paths: bars, points: { show: false }, value: count(2) },
      { label: "cooperation", scale: "y", fill: COLORS.coop, stroke: COLORS.coop, paths: bars, points: { show: false }, value: count(3) },
      { label: "mean Goldstein", scale: "g", stroke: COLORS.gold, width: 2, spanGaps: false, points: { show: true, size: 5 },
        value: (u, v) => fmt(v, 2) || "–" },
    ],
    axes: [
      { values: (u, splits) => tickLabels(splits),
        splits: interval === "month" || interval === "year" ? u => periodSplits(xs, interval, u.bbox.width / devicePixelRatio) : undefined },
      { scale: "y", label: "events", size: 50 },
      { scale: "g", side: 1, label: "Goldstein", grid: { show: false }, size: 50 },
    ],
  };
  const plot = new uPlot(opts, data, container);
  container.plot = plot;  // for the browser tests
  return plot;
}

export async function timelinePage(params) {
  const { params: p, range } = await withPeriod(params);
  const form = filterForm([
    { name: "source", label: "Actor A (source)", placeholder: "RUS", size: 14 },
    { name: "target", label: "Actor B (target)", placeholder: "USA", size: 14 },
    { name: "either_direction", label: "both directions", type: "checkbox" },
    { name: "interval", label: "Interval", options: ["day", "week", "month", "year"], value: "month" },
    { name: "since", label: "From", size: 11 }, { name: "until", label: "To", size: 11 },
  ], p, v => go("timeline", v));
  const interval = p.interval || "month";
  const query = { source: p.source, target: p.target, either_direction: p.either_direction ? "true" : "",
    interval, since: p.since, until: p.until };
  const [points, evs] = await Promise.all([api("/api/timeline", query), api("/api/events/linked", { ...query, interval: null, limit: 200 })]);
  const series = continuous(points, interval, p.since, p.until);
  const rows = evs.items.map(e => {
    const tr = el("tr", { class: "clickable" }, el("td", { class: "date" }, fmt(e.date)), actorCell(e, "source"),
      el("td", { class: "q" + e.quad_class }, fmt(e.cameo)), actorCell(e, "target"),
      el("td", {}, fmt(e.goldstein, 1)), el("td", { class: "date" }, `${plural(e.num_articles, "article")} / ${plural(e.num_mentions, "report")}`));
    tr.addEventListener("click", () => { window.location.hash = articleHref(e.article_ids[0], e.first_event_id); });
    return tr;
  });
  const title = p.source || p.target ? `${p.source || "any"} ${p.either_direction ? "↔" : "→"} ${p.target || "any"}` : "All events";
  const container = el("div", { id: "timeline", class: "timeline" });
  const empty = series.length - points.length;
  view(el("h1", {}, "Dyad timeline: ", title), form, periodNote(range, p),
    points.length ? el("p", { class: "muted", id: "timeline-summary" },
      `${plural(points.reduce((n, q) => n + q.events, 0), "event")} in ${plural(points.length, "period")}` +
      (empty > 0 ? `; ${plural(empty, "period")} without events ${empty === 1 ? "is" : "are"} shown empty` : "") + " · bars count events linked across articles") : null,
    points.length ? el("div", { class: "card timeline-card" }, container) : el("p", { class: "muted", id: "timeline-empty" }, 
      evs.total ? "No dated events for these filters (the events below have no date)." : "No events for these filters: widen the period or clear an actor."),
    el("div", { class: "card" }, el("h2", {}, `Linked events (${evs.total})`),
      el("div", { class: "scroll" }, el("table", { class: "linked" },
        el("thead", {}, el("tr", {}, ["Date", "Source", "CAMEO", "Target", "Goldstein", "Coverage"].map(h => el("th", {}, h)))),
        el("tbody", {}, rows.length ? rows : el("tr", {}, el("td", { colspan: 6, class: "muted" }, "No events.")))))));
  if (!points.length) return;
  const plot = drawTimeline(container, series, interval);
  container.dataset.periods = String(series.length);
  container.dataset.ready = "1";
  const resize = () => {
    if (!container.isConnected) { window.removeEventListener("resize", resize); return; }
    plot.setSize({ width: Math.max(300, container.clientWidth), height: 360 });
  };
  window.addEventListener("resize", resize);
}
