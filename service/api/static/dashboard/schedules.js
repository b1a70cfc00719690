// A project's periodic schedules (GET /api/v1/projects/<id>/schedules), below its task table: what fires, when
// next, and the task its last tick submitted. Read when the view opens and every REFRESH_MS while it is open.

import { request } from "./api.js";
import { h, time } from "./dom.js";
import { KeyedTable } from "./table.js";

const REFRESH_MS = 10000;

const COLUMNS = [
  {
    label: "name",
    width: "minmax(7rem, 1.5fr)",
    value: (s) => s.name || "",
    cell: (s) => s.name || s.schedule_id.slice(0, 8),
  },
  { label: "type", value: (s) => s.task_type, cell: (s) => s.task_type },
  { label: "timing", value: timing, cell: (s) => h("span", { class: "mono" }, timing(s)) },
  { label: "enabled", width: "6rem", value: (s) => s.enabled, cell: (s) => (s.enabled ? "yes" : "no") },
  { label: "next run", value: (s) => s.next_run_at, cell: (s) => time(s.next_run_at) },
  { label: "last run", value: (s) => s.last_run_at, cell: (s) => time(s.last_run_at) },
  {
    label: "last task",
    width: "6.5rem",
    value: (s) => s.last_task_id,
    cell: (s) =>
      s.last_task_id ? h("a", { href: `#/tasks/${s.last_task_id}`, class: "mono" }, s.last_task_id.slice(0, 8)) : "—",
  },
];

function timing(schedule) {
  return schedule.cron ? `cron ${schedule.cron}` : `every ${schedule.every_seconds} s`;
}

/** The panel; it fills itself, and stops refreshing when `signal` aborts (the view closed). */
export function schedulesPanel(projectId, signal) {
  const table = new KeyedTable(COLUMNS, (s) => s.schedule_id, { empty: "No schedule in this project." });
  const panel = h("section", { class: "schedules", id: "schedules" }, h("h2", {}, "Schedules"), table.el);
  const path = `/api/v1/projects/${encodeURIComponent(projectId)}/schedules?limit=200`;
  const load = async () => {
    try {
      const answer = await request(path, { signal });
      table.setRows(answer.schedules);
      panel.hidden = false;
    } catch (error) {
      if (error.name !== "AbortError") panel.hidden = true; // the task table's own error says why
    }
  };
  load();
  const timer = setInterval(load, REFRESH_MS);
  signal.addEventListener("abort", () => clearInterval(timer));
  return panel;
}
