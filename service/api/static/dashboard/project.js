// One project (#/projects/<id>?status=&task_type=&offset=&size=): a page of its tasks, newest first, with status
// and type filters and pages of 50 to 2,000 rows, kept live from the project's event stream (livetasks.js).

import { explain, request } from "./api.js";
import { STATUSES, h, liveText, notice, number, progressBar, setProgress, statusBadge, time } from "./dom.js";
import { LiveTasks } from "./livetasks.js";
import { follow } from "./sse.js";
import { schedulesPanel } from "./schedules.js";
import { KeyedTable } from "./table.js";

export const section = "projects";
const SIZES = [50, 200, 1000, 2000];

const COLUMNS = [
  {
    label: "task",
    width: "6.5rem",
    value: (t) => t.task_id,
    cell: (t) => h("a", { href: `#/tasks/${t.task_id}`, title: t.task_id, class: "mono" }, t.task_id.slice(0, 8)),
  },
  { label: "type", width: "minmax(7rem, 1.5fr)", value: (t) => t.task_type, cell: (t) => t.task_type },
  { label: "status", width: "7.5rem", value: (t) => t.status, cell: (t) => statusBadge(t.status) },
  {
    label: "progress",
    width: "10.5rem", // bar 6rem + gap + "100%" + padding: narrower cuts the figure
    value: (t) => t.progress,
    cell: (t) => progressBar(t.progress),
    patch: (td, t) => setProgress(td, t.progress),
  },
  { label: "attempts", width: "6rem", value: (t) => t.attempts, cell: (t) => String(t.attempts), class: "num" },
  { label: "created", value: (t) => t.created_at, cell: (t) => time(t.created_at) },
  { label: "updated", value: (t) => t.updated_at, cell: (t) => time(t.updated_at) },
];

function hashFor(projectId, params) {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== "" && value !== undefined));
  return `#/projects/${encodeURIComponent(projectId)}${query.size ? `?${query}` : ""}`;
}

async function filters(view, signal) {
  const go = (change) => (location.hash = hashFor(view.project_id, { ...view.params, offset: "", ...change }));
  const select = (id, label, options, value, key) => {
    const el = h(
      "select",
      { id, onchange: () => go({ [key]: el.value }) },
      options.map(([v, text]) => h("option", { value: v, selected: String(v) === String(value) }, text)),
    );
    return h("label", {}, `${label} `, el);
  };
  const catalog = await request("/api/v1/task-types", { signal }).catch(() => ({ task_types: [] }));
  const types = catalog.task_types.map((t) => t.name);
  if (view.type && !types.includes(view.type)) types.push(view.type);
  return h(
    "div",
    { class: "filters" },
    select("status-filter", "status", [["", "any"], ...STATUSES.map((s) => [s, s])], view.status, "status"),
    select("type-filter", "type", [["", "any"], ...types.map((t) => [t, t])], view.type, "task_type"),
    select(
      "size-select",
      "rows",
      SIZES.map((n) => [n, String(n)]),
      view.size,
      "size",
    ),
  );
}

export async function mount(root, params, signal) {
  const view = {
    project_id: params.project_id,
    params,
    status: params.status || "",
    type: params.task_type || "",
    offset: Number(params.offset) || 0,
    size: SIZES.includes(Number(params.size)) ? Number(params.size) : SIZES[0],
  };
  const table = new KeyedTable(COLUMNS, (t) => t.task_id, { empty: "No task matches.", name: "long" });
  const summary = liveText("loading…", { class: "muted" });
  const state = liveText("", { class: "stream" });
  const messages = h("div");
  const outside = h("p", { class: "notice note", hidden: true });
  const pagerBox = h("div");
  root.replaceChildren(
    h(
      "div",
      { class: "title" },
      h("h1", {}, "Project ", h("span", { class: "mono" }, view.project_id)),
      summary,
      state,
    ),
    await filters(view, signal),
    messages,
    outside,
    table.el,
    pagerBox,
    schedulesPanel(view.project_id, signal),
  );
  const live = new LiveTasks(
    view,
    table,
    {
      loaded: (error) => {
        messages.replaceChildren(...(error ? [notice("error", explain(error, `project ${view.project_id}`))] : []));
        if (error) summary.set("");
        table.el.hidden = Boolean(error);
      },
      changed: () => render(view, live, { summary, outside, pagerBox }),
    },
    signal,
  );
  const typeOnly = view.type ? `?task_type=${encodeURIComponent(view.type)}` : "";
  const events = `/api/v1/projects/${encodeURIComponent(view.project_id)}/events${typeOnly}`;
  const stream = new AbortController();
  signal.addEventListener("abort", () => stream.abort());
  follow(events, {
    signal: stream.signal,
    onEvent: (event) => live.take(event),
    onError: () => {}, // the listing's own error says it, in place of the table
    onState: (s) => {
      state.set(s === "live" ? "● live" : s === "reconnecting" ? "reconnecting…" : "○ not live");
      state.classList.toggle("off", s !== "live");
    },
  });
  if (!(await live.load())) stream.abort();
}

/** The summary line, the note of changes outside this page, and the pager. */
function render(view, live, parts) {
  const { table } = live;
  const first = table.size ? view.offset + 1 : 0;
  const filter = [view.status, view.type].filter(Boolean).join(", ");
  parts.summary.set(
    `${number(first)}–${number(view.offset + table.size)} of ${number(live.total)}${filter ? ` (${filter})` : ""}`,
  );
  parts.outside.hidden = !live.unseen.size;
  parts.outside.replaceChildren(
    `${number(live.unseen.size)} matching task(s) changed outside this page. `,
    h("a", { href: "#", onclick: (e) => (e.preventDefault(), live.load()) }, "Reload the page of tasks"),
  );
  const to = (offset) => hashFor(view.project_id, { ...view.params, offset: offset || "" });
  const previous =
    view.offset > 0 ? h("a", { class: "button", href: to(Math.max(0, view.offset - view.size)) }, "← newer") : null;
  const more = live.next !== null && live.next !== undefined;
  const older = more ? h("a", { class: "button", href: to(live.next) }, "older →") : null;
  parts.pagerBox.replaceChildren(h("nav", { class: "pager" }, previous, older));
}
