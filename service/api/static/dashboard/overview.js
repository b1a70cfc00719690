// Overview (#/ or #/?project=<id>): counters and gauges, a live chart of throughput and failures, readiness,
// queues and live workers, and the figures per task type; read every POLL_MS while the tab is visible.

import { explain, request } from "./api.js";
import { RateChart, WINDOW_MINUTES } from "./chart.js";
import { duration, h, liveText, notice, number, percent } from "./dom.js";
import { KeyedTable } from "./table.js";

export const section = "";
const POLL_MS = 2000;
const FIGURES = [
  ["total_tasks", "total", "submitted, retained or not"],
  ["completed_tasks", "completed", ""],
  ["failed_tasks", "failed", ""],
  ["retried_tasks", "retried", "attempts that were retried"],
  ["cancelled_tasks", "cancelled", ""],
  ["queued_tasks", "queued now", "gauge"],
  ["processing_tasks", "processing now", "gauge"],
];

const count = (name, label) => ({ label, value: (row) => row[name], cell: (row) => number(row[name]), class: "num" });
// run-time and queue-wait percentiles of a type (null before any of its tasks ran: a dash)
function quantile(name, p, label) {
  const value = (row) => (row[name] ? row[name][p] : null);
  return { label, value, cell: (row) => (value(row) === null ? "–" : duration(value(row))), class: "num" };
}

const TYPE_COLUMNS = [
  { label: "task type", width: "minmax(9rem, 2fr)", value: (row) => row.name, cell: (row) => row.name },
  count("total_tasks", "total"),
  count("queued_tasks", "queued"),
  count("processing_tasks", "processing"),
  count("completed_tasks", "completed"),
  count("failed_tasks", "failed"),
  count("cancelled_tasks", "cancelled"),
  count("retried_tasks", "retried"),
  { label: "success", value: (r) => r.success_rate, cell: (r) => percent(r.success_rate), class: "num" },
  { label: "avg run", value: (r) => r.avg_duration_ms, cell: (r) => duration(r.avg_duration_ms), class: "num" },
  quantile("run_time_ms", "p50", "run p50"),
  quantile("run_time_ms", "p99", "run p99"),
  quantile("queue_wait_ms", "p50", "wait p50"),
  quantile("queue_wait_ms", "p99", "wait p99"),
];
const QUEUE_COLUMNS = [
  { label: "queue", width: "minmax(7rem, 2fr)", value: (row) => row.name, cell: (row) => row.name },
  count("depth", "jobs waiting"),
  count("workers", "live workers"),
];

function card(title, ...content) {
  return h("section", { class: "card" }, h("h2", {}, title), ...content);
}

function figureCards(values) {
  return FIGURES.map(([name, label, hint]) =>
    h(
      "div",
      { class: `figure${hint === "gauge" ? " gauge" : ""}`, "data-figure": name, title: hint },
      values[name],
      h("span", { class: "label" }, label),
    ),
  );
}

async function scopePicker(selected, signal) {
  const select = h(
    "select",
    { id: "scope-select", "aria-label": "metrics of" },
    h("option", { value: "" }, "all projects"),
  );
  select.addEventListener(
    "change",
    () => (location.hash = select.value ? `#/?project=${encodeURIComponent(select.value)}` : "#/"),
  );
  const listing = await request("/api/v1/projects?limit=200", { signal }).catch(() => ({ projects: [] }));
  const ids = listing.projects.map((p) => p.project_id);
  if (selected && !ids.includes(selected)) ids.unshift(selected);
  select.append(...ids.map((id) => h("option", { value: id, selected: id === selected }, id)));
  return { select, ids };
}

function readiness(box, ready, error) {
  if (ready)
    return box.replaceChildren(
      h("p", { class: "ready ok" }, "● ready"),
      h("p", { class: "muted" }, "Redis answers and every queue with jobs has a live worker."),
    );
  if (!error || error.status !== 503) return box.replaceChildren(notice("error", explain(error || {})));
  const missing = (error.details || []).map((d) =>
    h(
      "li",
      {},
      d.component === "queue"
        ? `queue ${d.queue}: ${number(d.depth)} jobs waiting, ${d.workers} live workers`
        : `${d.component}: ${d.reason || "missing"}`,
    ),
  );
  box.replaceChildren(h("p", { class: "ready bad" }, "● not ready"), h("p", {}, error.message), h("ul", {}, missing));
}

export async function mount(root, params, signal) {
  const scope = params.project || "";
  const values = Object.fromEntries(FIGURES.map(([name]) => [name, liveText("…", { class: "value" })]));
  const success = liveText("…", { class: "value" });
  const avg = liveText("…", { class: "value" });
  const updated = liveText("", { class: "muted" });
  const messages = h("div");
  const chartBox = h("div", { class: "chart" });
  const readyBox = h("div", {}, "…");
  const queues = new KeyedTable(QUEUE_COLUMNS, (row) => row.name, { empty: "No queue figures." });
  const queueNote = h("p", { class: "muted" });
  const types = new KeyedTable(TYPE_COLUMNS, (row) => row.name, { empty: "No task yet." });
  const { select, ids } = await scopePicker(scope, signal);
  if (signal.aborted) return;
  root.replaceChildren(
    h("div", { class: "title" }, h("h1", {}, "Overview"), h("label", {}, "Metrics of ", select), updated),
    messages,
    h(
      "div",
      { class: "figures" },
      figureCards(values),
      h(
        "div",
        { class: "figure", "data-figure": "success_rate" },
        success,
        h("span", { class: "label" }, "success rate"),
      ),
      h(
        "div",
        { class: "figure", "data-figure": "avg_duration_ms" },
        avg,
        h("span", { class: "label" }, "avg run time"),
      ),
    ),
    card(`Throughput and failures — last ${WINDOW_MINUTES} minutes (since this page opened)`, chartBox),
    h("div", { class: "columns" }, card("Readiness", readyBox), card("Queues and live workers", queues.el, queueNote)),
    card(
      "By task type",
      types.el,
      notice(
        "note",
        "Run time: from a task's start to its end; queue wait: from its submission to its first start. " +
          "Percentiles are estimated from the histograms' buckets (as Prometheus does), over all projects.",
      ),
    ),
  );
  const chart = new RateChart(chartBox);
  signal.addEventListener("abort", () => chart.destroy());

  async function poll() {
    if (document.hidden) return;
    const [metrics, ready] = await Promise.allSettled([
      request(`/api/v1/tasks/metrics${scope ? `?project_id=${encodeURIComponent(scope)}` : ""}`, { signal }),
      request("/api/v1/ready", { signal }),
    ]);
    if (signal.aborted) return;
    readiness(readyBox, ready.value, ready.reason);
    if (metrics.status === "rejected") return showError(metrics.reason);
    messages.replaceChildren();
    const report = metrics.value;
    for (const [name] of FIGURES) values[name].set(number(report.metrics[name]));
    success.set(percent(report.metrics.success_rate));
    avg.set(duration(report.metrics.avg_duration_ms));
    updated.set(`updated ${new Date().toLocaleTimeString()}`);
    chart.push(Date.parse(report.timestamp) / 1000, report.metrics);
    types.setRows(Object.entries(report.by_task_type).map(([name, figures]) => ({ name, ...figures })));
    showQueues(report.queues, ready.value && ready.value.queues);
  }

  function showQueues(fromMetrics, fromReady) {
    const found = Object.keys(fromMetrics).length ? fromMetrics : fromReady || {};
    queues.setRows(Object.entries(found).map(([name, stats]) => ({ name, ...stats })));
    queueNote.textContent = Object.keys(fromMetrics).length
      ? ""
      : "Queue figures are global: a scoped key reads them from the readiness probe, when it answers.";
  }

  function showError(error) {
    if (error.name === "AbortError") return;
    if (error.status === 403 && !scope && ids.length) {
      location.replace(`#/?project=${encodeURIComponent(ids[0])}`); // a scoped key: its first project
      return;
    }
    const hint = error.status === 403 && !scope ? " Your key sees no project with retained tasks yet." : "";
    messages.replaceChildren(
      notice("error", explain(error, scope ? `project ${scope}` : "the figures of all projects") + hint),
    );
  }

  while (!signal.aborted) {
    await poll().catch(showError);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
