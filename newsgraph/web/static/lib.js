/* Shared helpers of the dashboard's pages: DOM building, API calls, filters, event tables, the default period.
 *
 * Safety rule: text from articles and the database only ever reaches the page through textContent or
 * createTextNode (see el() and svg()); innerHTML is never used, so no markup or script in an article runs. An
 * article's address is a link only when it is an http(s) address (webAddress); el() refuses any other href
 * (javascript:, data:), so no address from an article can run a script when clicked.
 * The vendored libraries (vendor/README.md) draw labels on a canvas (cytoscape, uPlot) or as SVG text (d3-geo).
 */
export const SVGNS = "http://www.w3.org/2000/svg";
export const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

// -- DOM helpers (the only way content is created) ----------------------------------------------------------
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVGNS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

// an article's address as a link only when it is a web address (http or https); else null, to show it as text
export function webAddress(url) {
  if (typeof url !== "string") return null;
  let u;
  try {
    u = new URL(url);  // no base: a relative or protocol-relative address is no article address
  } catch (err) {
    if (err instanceof TypeError) return null;  // not a URL at all
    throw err;
  }
  return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
}

// links the dashboard makes itself ("#/article/…", "/openapi.json") and web addresses; never javascript:, data:…
function safeLink(v) {
  return v.startsWith("#") || (v.startsWith("/") && !v.startsWith("//")) || webAddress(v) !== null;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else if ((k === "href" || k === "src") && !safeLink(String(v))) throw new Error(`refused to link to ${String(v).slice(0, 80)}`);
    else node.setAttribute(k, String(v));
  }
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function view(...children) {
  const main = document.getElementById("view");
  main.replaceChildren(...children.flat().filter(Boolean));
  return main;
}

export function fmt(v, digits) {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" && digits !== undefined) return v.toFixed(digits);
  return String(v);
}

// "1 event", "2 events"
export function plural(n, word, words) {
  return `${n} ${n === 1 ? word : words || word + "s"}`;
}

// -- names of actors known only by a code (GET /api/labels, fetched once per page load) --------------------------
// FRACVL (country FRA, sector CVL) reads "civils (France)", as /api/network names it; any other code stays a code.
let codeWords = { countries: {}, sectors: {} };
let codeWordsReady = null;

export function loadCodeNames() {
  if (!codeWordsReady) {
    codeWordsReady = fetch("/api/labels", { headers: { Accept: "application/json" } })
      .then(res => {
        if (!res.ok) throw new Error(`actor names (/api/labels): ${res.status} ${res.statusText}`);
        return res.json();
      })
      .then(body => { codeWords = body; })
      .catch(err => { codeWordsReady = null; throw err; });  // tried again on the next page
  }
  return codeWordsReady;
}

export function codeName(code, country, sector) {
  if (!code || code !== (country || "") + (sector || "")) return "";
  const place = country ? codeWords.countries[country] : "", role = sector ? codeWords.sectors[sector] : "";
  if ((country && !place) || (sector && !role)) return "";
  return role && place ? `${role} (${place})` : role || place;
}

export function actorLabel(e, side) {
  return e[side + "_name"] || e[side + "_mention"] || codeName(e[side + "_code"], e[side + "_country"], e[side + "_sector"])
    || e[side + "_code"] || e[side + "_country"] || "";
}

export function actorCell(e, side) {
  const code = e[side + "_code"];
  return el("td", { class: "name", title: code ? `CAMEO code ${code}` : null }, actorLabel(e, side));
}

// -- API ------------------------------------------------------------------------------------------------
// Stale answers never draw: every navigation (route() in app.js) starts a new one with navigate(), which aborts
// the requests of the page it replaces; api() uses the current navigation's signal unless given another, and
// throws an AbortError (see isAbort) for a superseded request even when its answer had already arrived. A
// request inside a page (the events of a clicked place or actor) goes through latest(), so that a slower
// answer to an earlier click never replaces the answer to a later one.
let navigation = new AbortController();

export function navigate() {
  navigation.abort();
  navigation = new AbortController();
  return navigation.signal;
}

export function isAbort(err) {
  return Boolean(err) && err.name === "AbortError";
}

function aborted(signal) {
  return signal.reason instanceof Error && signal.reason.name === "AbortError"
    ? signal.reason : new DOMException("superseded request", "AbortError");
}

export async function api(path, params, signal) {
  signal = signal || navigation.signal;
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== "" && v !== false) url.searchParams.set(k, v);
  }
  const res = await fetch(url, { headers: { Accept: "application/json" }, signal });
  const body = await res.json();
  if (signal.aborted) throw aborted(signal);
  if (!res.ok) {
    const err = body && body.error ? body.error : { message: res.statusText };
    const out = new Error(err.message + (err.details ? " (" + err.details.map(d => d.loc.join(".") + ": " + d.msg).join("; ") + ")" : ""));
    out.hint = err.hint || null;
    throw out;
  }
  return body;
}

// run(fn) calls fn(signal) and aborts the previous call's signal (and any still running when the page is left):
// only the newest call resolves, an older one rejects with an AbortError
export function latest() {
  const page = navigation.signal;  // the page this belongs to
  let current = null;
  return async fn => {
    if (current) current.abort();
    const mine = new AbortController();
    current = mine;
    if (page.aborted) mine.abort();
    else page.addEventListener("abort", () => mine.abort(), { once: true });
    const out = await fn(mine.signal);
    if (mine.signal.aborted || current !== mine) throw aborted(mine.signal);
    return out;
  };
}

export function showError(err) {
  if (isAbort(err)) return;  // a superseded page or request: the newer one draws
  // what went wrong, the API's hint, and a way out: the same page without its filters
  const [path, query] = window.location.hash.replace(/^#/, "").split("?");
  view(el("div", { class: "error", role: "alert", id: "page-error" },
    el("p", {}, "Error: ", err.message),
    err.hint ? el("p", { class: "hint" }, err.hint) : null,
    query && !path.startsWith("/article/") ? el("p", {}, el("a", { href: "#" + (path || "/") }, "Show this page without filters")) : null));
}

// -- navigation ---------------------------------------------------------------------------------------------
export function go(page, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "" && v !== false) q.set(k, v);
  const s = q.toString();
  window.location.hash = "#/" + page + (s ? "?" + s : "");
}

export function articleHref(id, eventId) {
  return "#/article/" + encodeURIComponent(id) + (eventId ? "?event=" + encodeURIComponent(eventId) : "");
}

export function filterForm(fields, values, onSubmit) {
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
        el("input", { name: f.name, type: f.type || "text", placeholder: f.placeholder || "", value: values[f.name] || f.value || "",
          size: f.size || 14, min: f.min, max: f.max, title: f.title })));
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

// the cells of one event: seven columns, or three in a compact table (for a narrow card beside a graph): the date,
// "source → target" over "CAMEO PLOVER · trigger · place", and the Goldstein score
function eventCells(e, opts) {
  const cameo = el("span", { class: "q" + e.quad_class, title: QUAD[e.quad_class] || "" }, fmt(e.cameo),
    e.plover ? [" ", el("span", { class: "badge" }, e.plover)] : null);
  if (opts.compact) {
    const what = [cameo, e.trigger ? " · " + e.trigger : "", opts.withPlace && e.place_name ? " · " + e.place_name : ""];
    return [el("td", { class: "date" }, fmt(e.date)),
      el("td", { class: "name" },
        el("div", {}, el("span", { title: e.source_code ? `CAMEO code ${e.source_code}` : null }, actorLabel(e, "source") || "?"), " → ",
          el("span", { title: e.target_code ? `CAMEO code ${e.target_code}` : null }, actorLabel(e, "target") || "–")),
        el("div", { class: "muted" }, what)),
      el("td", {}, fmt(e.goldstein, 1))];
  }
  return [el("td", { class: "date" }, fmt(e.date)), actorCell(e, "source"), el("td", {}, cameo), actorCell(e, "target"),
    el("td", {}, fmt(e.trigger)), el("td", {}, fmt(e.goldstein, 1)),
    opts.withPlace ? el("td", { class: "name" }, fmt(e.place_name)) : null];
}

export function eventTable(events, opts) {
  opts = opts || {};
  const rows = events.map(e => {
    const tr = el("tr", { class: "clickable", "data-event": e.id, "data-article": e.article_id }, eventCells(e, opts));
    tr.addEventListener("click", () => (opts.onClick ? opts.onClick(e, tr) : (window.location.hash = articleHref(e.article_id, e.id))));
    return tr;
  });
  const heads = opts.compact ? ["Date", "Event", "Goldstein"]
    : ["Date", "Source", "CAMEO", "Target", "Trigger", "Goldstein", opts.withPlace ? "Place" : null].filter(Boolean);
  return el("table", { class: "events" + (opts.compact ? " compact" : "") },
    el("thead", {}, el("tr", {}, heads.map(h => el("th", {}, h)))),
    el("tbody", {}, rows.length ? rows : el("tr", {}, el("td", { colspan: heads.length, class: "muted" }, "No events."))));
}


// -- the default period: the database's own date range (GET /api/dates) ---------------------------------------
// A page called without since/until shows the period of the data: the event dates near the publication dates,
// so that a few misdated events (1799, 1930) neither stretch a timeline's axis nor hide behind a placeholder.
export async function withPeriod(params) {
  const range = await api("/api/dates");
  const out = { ...params };
  if (!params.since && !params.until && range.since) { out.since = range.since; out.until = range.until; out.defaultPeriod = true; }
  return { params: out, range };
}

export function periodNote(range, params) {
  if (!range.dated) return el("p", { class: "muted", id: "period-note" }, "No dated events in the database.");
  const parts = [params.defaultPeriod
    ? `Period: the database's events near their publication dates, ${range.since} to ${range.until}.`
    : `Period: ${params.since || "…"} to ${params.until || "…"}.`];
  if (range.outside) parts.push(` ${range.outside} of ${range.dated} dated events lie far from any publication date (all dates: ${range.events_min} to ${range.events_max}).`);
  if (range.undated) parts.push(` ${range.undated} events have no date.`);
  return el("p", { class: "muted", id: "period-note" }, parts.join(""));
}

export const COLORS = { coop: "#2e8b57", conf: "#c8362b", neutral: "#5b6b7c", gold: "#2a5db0", other: "#8a96a3" };

export function toneColor(goldstein) {
  return goldstein === null || goldstein === undefined || goldstein === 0 ? COLORS.neutral : goldstein > 0 ? COLORS.coop : COLORS.conf;
}
