// Small DOM helpers: elements from plain values (text only, never HTML strings), and the formats the views share.

/** h("a", { class: "x", href: "#/" , onclick }, "text", child) */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") el.className = value;
    else if (name.startsWith("on")) el.addEventListener(name.slice(2), value);
    else if (name in el && typeof value !== "string") el[name] = value;
    else el.setAttribute(name, value === true ? "" : value);
  }
  el.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  return el;
}

export const FINAL = new Set(["completed", "failed", "cancelled"]);
export const STATUSES = ["queued", "processing", "completed", "failed", "cancelled"];

export function statusBadge(status) {
  return h("span", { class: `status status-${status}` }, status);
}

export function progressBar(percent) {
  const bar = h("progress", { max: 100, value: percent, "aria-label": "progress" });
  return h("span", { class: "progress" }, bar, h("span", { class: "pct" }, `${percent}%`));
}

/** Move a bar made by progressBar() in place. */
export function setProgress(cell, percent) {
  cell.querySelector("progress").value = percent;
  cell.querySelector(".pct").textContent = `${percent}%`;
}

// Formatters made once: toLocaleTimeString() builds one per call, which thousands of live rows notice.
const CLOCK = new Intl.DateTimeFormat(undefined, { timeStyle: "medium" });
const DAY_AND_CLOCK = new Intl.DateTimeFormat(undefined, { dateStyle: "short", timeStyle: "medium" });

/** Local time; the date too when not today. The full RFC 3339 value is the tooltip. */
export function time(iso) {
  if (!iso) return h("span", { class: "muted" }, "—");
  const at = new Date(iso);
  const now = new Date();
  const today = at.getDate() === now.getDate() && now - at < 86400000 && now - at > -86400000;
  const el = document.createElement("time");
  el.dateTime = iso;
  el.title = iso;
  el.textContent = (today ? CLOCK : DAY_AND_CLOCK).format(at);
  return el;
}

export function duration(ms) {
  if (ms === null || ms === undefined || Number.isNaN(ms)) return "—";
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
  if (ms < 60000) return `${(ms / 1000).toFixed(2)} s`;
  return `${Math.floor(ms / 60000)} min ${Math.round((ms % 60000) / 1000)} s`;
}

export function between(from, to) {
  return from && to ? new Date(to) - new Date(from) : null;
}

export function number(value) {
  return Number(value).toLocaleString();
}

export function percent(ratio) {
  return ratio === null || ratio === undefined ? "—" : `${(ratio * 100).toFixed(1)}%`;
}

export function json(value) {
  return h("pre", { class: "json" }, JSON.stringify(value, null, 2));
}

/** A message in place: kind "error", "note" or "warn". */
export function notice(kind, ...content) {
  return h("p", { class: `notice ${kind}`, role: kind === "error" ? "alert" : null }, ...content);
}

/** A value shown live: `set(v)` changes the text only when it changed. */
export function liveText(initial = "", props = {}) {
  const el = h("span", props, String(initial));
  el.set = (value) => {
    const text = String(value);
    if (el.textContent !== text) el.textContent = text;
  };
  return el;
}

/** Call `fn` at most once per animation frame, however often `schedule` is called: one layout per frame. */
export function frameThrottle(fn) {
  let pending = false;
  return function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      fn();
    });
  };
}
