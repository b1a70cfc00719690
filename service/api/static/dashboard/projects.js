// Projects (#/projects?offset=): the projects with retained tasks, most recently active first, with their
// counts per status; read again every POLL_MS while the tab is visible, rows updated in place.

import { explain, request } from "./api.js";
import { h, liveText, notice, number, time } from "./dom.js";
import { KeyedTable } from "./table.js";

export const section = "projects";
const POLL_MS = 3000;
const PAGE = 50;

const count = (name, label) => ({ label, value: (row) => row[name], cell: (row) => number(row[name]), class: "num" });
const COLUMNS = [
  {
    label: "project",
    width: "minmax(9rem, 2fr)",
    value: (row) => row.project_id,
    cell: (row) => h("a", { href: `#/projects/${encodeURIComponent(row.project_id)}` }, row.project_id),
  },
  count("total_tasks", "total"),
  count("queued_tasks", "queued"),
  count("processing_tasks", "processing"),
  count("completed_tasks", "completed"),
  count("failed_tasks", "failed"),
  count("cancelled_tasks", "cancelled"),
  {
    label: "last activity",
    width: "minmax(8rem, 1.5fr)",
    value: (row) => row.last_activity_at,
    cell: (row) => time(row.last_activity_at),
  },
];

function pager(offset, pagination) {
  const link = (label, to) =>
    to === null ? null : h("a", { class: "button", href: `#/projects?offset=${to}` }, label);
  const previous = offset > 0 ? Math.max(0, offset - PAGE) : null;
  return h("nav", { class: "pager" }, link("← newer", previous), link("older →", pagination.next_offset));
}

export async function mount(root, params, signal) {
  const offset = Number(params.offset) || 0;
  const table = new KeyedTable(COLUMNS, (row) => row.project_id, { empty: "No project has retained tasks." });
  const summary = liveText("", { class: "muted" });
  const messages = h("div");
  const pagerBox = h("div");
  root.replaceChildren(
    h("div", { class: "title" }, h("h1", {}, "Projects"), summary),
    notice("note", "Only projects that still have retained tasks are listed; a scoped key sees only its own."),
    messages,
    table.el,
    pagerBox,
  );
  while (!signal.aborted) {
    if (!document.hidden) {
      try {
        const page = await request(`/api/v1/projects?limit=${PAGE}&offset=${offset}`, { signal });
        table.setRows(page.projects);
        const last = offset + page.projects.length;
        summary.set(
          `${page.projects.length ? `${offset + 1}–${last}` : "0"} of ${number(page.pagination.total)} · live`,
        );
        pagerBox.replaceChildren(pager(offset, page.pagination));
        messages.replaceChildren();
      } catch (error) {
        if (error.name === "AbortError") return;
        messages.replaceChildren(notice("error", explain(error, "the projects")));
      }
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
