// One project (#/projects/<id>?status=&task_type=&offset=&size=): a page of its tasks, newest first, kept live
// from the project's event stream. Events are gathered per task and applied once per animation frame: a row is
// changed in place (only the cells that changed), a task created since the page loaded is added at the top.

import { explain, request } from "./api.js";
import { STATUSES, h, liveText, notice, number, progressBar, setProgress, statusBadge, time, frameThrottle } from "./dom.js";
import { follow } from "./sse.js";
import { KeyedTable } from "./table.js";

export const section = "projects";
const SIZES = [50, 200, 1000, 2000];
const API_PAGE = 200; // the listing's largest `limit`
const PER_FRAME = 200; // changes applied in one animation frame at most: no frame runs long

const COLUMNS = [
  {
    label: "task",
    width: "6.5rem",
    value: (t) => t.task_id,
    cell: (t) => h("a", { href: `#/tasks/${t.task_id}`, title: t.task_id, class: "mono" }, t.task_id.slice(0, 8)),
  },
  { label: "type", width: "minmax(7rem, 1.5fr)", value: (t) => t.task_type, cell: (t) => t.task_type },
  { label: "status", width: "7.5rem", value: (t) => t.status, cell: (t) => statusBadge(t.status) },
  { label: "progress", width: "10rem", value: (t) => t.progress, cell: (t) => progressBar(t.progress), patch: (td, t) => setProgress(td, t.progress) },
  { label: "attempts", width: "6rem", value: (t) => t.attempts, cell: (t) => String(t.attempts), class: "num" },
  { label: "created", value: (t) => t.created_at, cell: (t) => time(t.created_at) },
  { label: "updated", value: (t) => t.updated_at, cell: (t) => time(t.updated_at) },
];

const row = (t) => ({
  task_id: t.task_id, task_type: t.task_type, status: t.status, progress: t.progress, attempts: t.attempts,
  created_at: t.created_at, updated_at: t.updated_at,
}); // prettier-ignore

function hashFor(projectId, params) {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== "" && value !== undefined));
  return `#/projects/${encodeURIComponent(projectId)}${query.size ? `?${query}` : ""}`;
}

async function filters(view, signal) {
  const go = (change) => (location.hash = hashFor(view.project_id, { ...view.params, offset: "", ...change }));
  const select = (id, label, options, value, key) => {
    const el = h("select", { id, onchange: () => go({ [key]: el.value }) },
      options.map(([v, text]) => h("option", { value: v, selected: String(v) === String(value) }, text)));
    return h("label", {}, `${label} `, el);
  }; // prettier-ignore
  const catalog = await request("/api/v1/task-types", { signal }).catch(() => ({ task_types: [] }));
  const types = catalog.task_types.map((t) => t.name);
  if (view.type && !types.includes(view.type)) types.push(view.type);
  return h("div", { class: "filters" },
    select("status-filter", "status", [["", "any"], ...STATUSES.map((s) => [s, s])], view.status, "status"),
    select("type-filter", "type", [["", "any"], ...types.map((t) => [t, t])], view.type, "task_type"),
    select("size-select", "rows", SIZES.map((n) => [n, String(n)]), view.size, "size")); // prettier-ignore
}

export async function mount(root, params, signal) {
  const view = {
    project_id: params.project_id, params, status: params.status || "", type: params.task_type || "",
    offset: Number(params.offset) || 0, size: SIZES.includes(Number(params.size)) ? Number(params.size) : SIZES[0],
  }; // prettier-ignore
  const table = new KeyedTable(COLUMNS, (t) => t.task_id, { empty: "No task matches.", name: "long" });
  const summary = liveText("loading…", { class: "muted" });
  const state = liveText("", { class: "stream" });
  const messages = h("div");
  const outside = h("p", { class: "notice note", hidden: true });
  const pagerBox = h("div");
  root.replaceChildren(
    h("div", { class: "title" }, h("h1", {}, "Project ", h("span", { class: "mono" }, view.project_id)), summary, state),
    await filters(view, signal), messages, outside, table.el, pagerBox,
  ); // prettier-ignore
  const live = new LiveTasks(view, table, { summary, outside, messages, pagerBox }, signal);
  const events = `/api/v1/projects/${encodeURIComponent(view.project_id)}/events${view.type ? `?task_type=${encodeURIComponent(view.type)}` : ""}`;
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

class LiveTasks {
  constructor(view, table, parts, signal) {
    Object.assign(this, { view, table, parts, signal });
    this.pending = new Map(); // task id -> its latest event, in the order tasks first appeared
    this.created = new Map(); // task id -> creation time of tasks created since the stream opened (null: shown)
    this.unseen = new Set();
    this.loaded = false;
    this.total = 0;
    this.schedule = frameThrottle(() => this.flush());
  }

  matches(task) {
    return !this.view.status || task.status === this.view.status;
  }

  async load() {
    const { view } = this;
    this.loaded = false;
    const tasks = [];
    let next = view.offset;
    try {
      while (tasks.length < view.size && next !== null) {
        const query = new URLSearchParams({ limit: Math.min(API_PAGE, view.size - tasks.length), offset: next });
        if (view.status) query.set("status", view.status);
        if (view.type) query.set("task_type", view.type);
        const page = await request(`/api/v1/projects/${encodeURIComponent(view.project_id)}/tasks?${query}`, { signal: this.signal });
        tasks.push(...page.tasks.map(row));
        this.total = page.pagination.total;
        next = page.pagination.next_offset;
      }
    } catch (error) {
      if (error.name === "AbortError") return false;
      this.parts.messages.replaceChildren(notice("error", explain(error, `project ${view.project_id}`)));
      this.parts.summary.set("");
      this.table.el.hidden = true;
      return false;
    }
    this.parts.messages.replaceChildren();
    this.table.el.hidden = false;
    this.table.setRows(tasks);
    this.next = next;
    this.loaded = true;
    this.unseen.clear();
    this.flush();
    return true;
  }

  take(event) {
    if (event.type === "reset") return void this.load(); // events were missed: read the listing again
    if (event.type !== "task") return;
    const change = JSON.parse(event.data);
    if (change.status === "queued" && change.attempts === 0 && !this.created.has(change.task_id)) {
      this.created.set(change.task_id, change.updated_at);
    }
    this.pending.set(change.task_id, change);
    this.schedule();
  }

  flush() {
    if (!this.loaded) return; // applied once the listing is in
    const fresh = [];
    let applied = 0;
    for (const [taskId, change] of this.pending) {
      if (applied++ === PER_FRAME) break; // the rest in the next frame
      this.apply(change, fresh);
      this.pending.delete(taskId);
    }
    if (this.pending.size) this.schedule();
    if (fresh.length) this.table.prepend(fresh, this.view.size);
    this.total += fresh.length;
    this.render();
  }

  apply(change, fresh) {
    const known = this.table.item(change.task_id);
    if (known) {
      if (change.updated_at < known.updated_at) return; // older than what the listing showed
      this.table.update({ ...known, ...change });
      this.table.mark(change.task_id, "left-filter", !this.matches(change));
    } else if (this.created.get(change.task_id) === null) {
      // shown once, since pushed below this page by newer tasks
    } else if (this.created.has(change.task_id) && this.view.offset === 0 && this.matches(change)) {
      fresh.push(row({ ...change, created_at: this.created.get(change.task_id) }));
      this.created.set(change.task_id, null);
    } else if (this.matches(change)) {
      this.unseen.add(change.task_id);
    }
  }

  render() {
    const { view, parts, table } = this;
    const first = table.size ? view.offset + 1 : 0;
    const filter = [view.status, view.type].filter(Boolean).join(", ");
    parts.summary.set(`${number(first)}–${number(view.offset + table.size)} of ${number(this.total)}${filter ? ` (${filter})` : ""}`);
    parts.outside.hidden = !this.unseen.size;
    parts.outside.replaceChildren(
      `${number(this.unseen.size)} matching task(s) changed outside this page. `,
      h("a", { href: "#", onclick: (e) => (e.preventDefault(), this.load()) }, "Reload the page of tasks"),
    );
    const to = (offset) => hashFor(view.project_id, { ...view.params, offset: offset || "" });
    const previous = view.offset > 0 ? h("a", { class: "button", href: to(Math.max(0, view.offset - view.size)) }, "← newer") : null;
    const older = this.next !== null && this.next !== undefined ? h("a", { class: "button", href: to(this.next) }, "older →") : null;
    parts.pagerBox.replaceChildren(h("nav", { class: "pager" }, previous, older));
  }
}
