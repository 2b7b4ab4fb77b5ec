/* newsgraph dashboard: routing, the search and article pages. The network, timeline and map pages are their own
 * modules; the helpers they share are in lib.js. No network beyond this server (the libraries are vendored).
 *
 * Safety rule: text from articles and the database only ever reaches the page through textContent or
 * createTextNode (see el() and svg() in lib.js); innerHTML is never used, so no markup or script in an article runs.
 */
import { api, articleHref, el, eventTable, filterForm, fmt, go, showError, sourceLink, view } from "./lib.js";
import { mapPage } from "./map.js";
import { networkPage } from "./network.js";
import { timelinePage } from "./timeline.js";

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
  const shown = events.items.length < events.total
    ? el("p", { class: "muted", id: "events-cut" }, `The first ${events.items.length} of ${events.total}: narrow the search, ` +
      "or get them all from /api/events (limit and offset) or the events and export commands.") : null;
  view(el("h1", {}, "Search"), form,
    el("div", { class: "layout" },
      el("div", { class: "card" }, el("h2", {}, `Events (${events.total})`), shown,
        el("div", { class: "scroll" }, eventTable(events.items, { withPlace: true }))),
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
    art.url ? sourceLink(art.url) : null, " · id ", art.id);
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

window.addEventListener("hashchange", route);
route();  // a module runs after the document is parsed
