/* Shared helpers of the dashboard's pages: DOM building, API calls, filters, event tables, the default period.
 *
 * Safety rule: text from articles and the database only ever reaches the page through textContent or
 * createTextNode (see el() and svg()); innerHTML is never used, so no markup or script in an article runs.
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

// An article's own address: only an http(s) URL becomes a link; any other (javascript:, data:, vbscript:...)
// is shown as plain text, never as a live link.
export function sourceLink(url) {
  const s = String(url);
  return /^https?:/i.test(s) ? el("a", { href: s, rel: "noopener noreferrer" }, s) : el("span", { class: "url" }, s);
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

export function actorLabel(e, side) {
  return e[side + "_name"] || e[side + "_mention"] || e[side + "_code"] || e[side + "_country"] || "";
}

// -- API ------------------------------------------------------------------------------------------------
export async function api(path, params) {
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

export function showError(err) {
  view(el("p", { class: "error", role: "alert" }, "Error: ", err.message));
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

export function eventTable(events, opts) {
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
