// A page of a project's tasks kept live from its event stream. Events are gathered per task (the latest wins) and
// applied in animation frames, PER_FRAME at most each: a known row changes in place (only the cells that changed),
// a task created since the stream opened goes on top (first page only), any other matching change is counted as
// happening outside this page. An event older than the row it would change is dropped.

import { request } from "./api.js";
import { frameThrottle } from "./dom.js";

const API_PAGE = 200; // the listing's largest `limit`
const PER_FRAME = 200;

/** What a row keeps of a task (not its data or result: a thousand rows stay small). */
export const row = (t) => ({
  task_id: t.task_id,
  task_type: t.task_type,
  status: t.status,
  progress: t.progress,
  attempts: t.attempts,
  created_at: t.created_at,
  updated_at: t.updated_at,
});

export class LiveTasks {
  /** view: { project_id, status, type, offset, size }; on: { loaded(error?), changed() } */
  constructor(view, table, on, signal) {
    Object.assign(this, { view, table, on, signal });
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
        const path = `/api/v1/projects/${encodeURIComponent(view.project_id)}/tasks?${query}`;
        const page = await request(path, { signal: this.signal });
        tasks.push(...page.tasks.map(row));
        this.total = page.pagination.total;
        next = page.pagination.next_offset;
      }
    } catch (error) {
      if (error.name !== "AbortError") this.on.loaded(error);
      return false;
    }
    this.on.loaded(null);
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
    this.on.changed();
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
}
