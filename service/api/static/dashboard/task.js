// One task (#/tasks/<id>): every field, kept live from the task's event stream until it is final, and a cancel
// button (a 409 means it was final before the cancel arrived).

import { explain, request } from "./api.js";
import { FINAL, between, duration, h, json, liveText, notice, progressBar, statusBadge, time } from "./dom.js";
import { follow } from "./sse.js";

export const section = "task";

function errorBlock(error) {
  if (error === null || error === undefined) return h("span", { class: "muted" }, "—");
  try {
    return json(JSON.parse(error));
  } catch {
    return h("pre", { class: "json" }, error);
  }
}

function webhook(task) {
  if (!task.callback_url) return h("span", { class: "muted" }, "no callback_url");
  const hook = task.webhook;
  if (!hook) return h("span", { class: "muted" }, "not yet: delivered once the task is final");
  return h(
    "dl",
    { class: "inline" },
    h("dt", {}, "state"),
    h("dd", {}, h("span", { class: `hook hook-${hook.state}` }, hook.state)),
    h("dt", {}, "attempts"),
    h("dd", {}, String(hook.attempts)),
    h("dt", {}, "last HTTP status"),
    h("dd", {}, hook.last_status_code === null ? "—" : String(hook.last_status_code)),
    h("dt", {}, "last error"),
    h("dd", {}, hook.last_error || "—"),
    h("dt", {}, "delivered at"),
    h("dd", {}, time(hook.delivered_at)),
  );
}

function fields(task) {
  const projectLink = h("a", { href: `#/projects/${encodeURIComponent(task.project_id)}` }, task.project_id);
  return [
    ["task id", h("span", { class: "mono" }, task.task_id)],
    ["project", projectLink],
    ["task type", task.task_type],
    ["status", statusBadge(task.status)],
    ["progress", progressBar(task.progress)],
    ["attempts", String(task.attempts)],
    ["priority", String(task.priority ?? 0)],
    ["created", time(task.created_at)],
    ["scheduled for", time(task.scheduled_for)],
    ["started", time(task.started_at)],
    ["completed", time(task.completed_at)],
    ["updated", time(task.updated_at)],
    ["queue wait", duration(between(task.scheduled_for || task.created_at, task.started_at))],
    ["run time", duration(between(task.started_at, task.completed_at))],
    ["callback URL", task.callback_url || h("span", { class: "muted" }, "—")],
    ["webhook", webhook(task)],
    ["metadata", json(task.metadata)],
    ["task data", json(task.task_data)],
    ["result", task.result === null ? h("span", { class: "muted" }, "—") : json(task.result)],
    ["error", errorBlock(task.error)],
  ];
}

function details(task) {
  return h(
    "dl",
    { class: "fields", "data-status": task.status },
    fields(task).map(([name, value]) => [h("dt", {}, name), h("dd", { "data-field": name }, value)]),
  );
}

export async function mount(root, params, signal) {
  const id = params.task_id;
  const messages = h("div");
  const box = h("div");
  const state = liveText("", { class: "stream" });
  const button = h("button", { id: "cancel", type: "button", class: "danger", hidden: true }, "Cancel task");
  const outcome = h("div", { class: "cancel-outcome" });
  root.replaceChildren(
    h("div", { class: "title" }, h("h1", {}, "Task"), state),
    messages,
    h("div", { class: "actions" }, button),
    outcome,
    box,
  );
  let task;
  const show = (next) => {
    task = next;
    box.replaceChildren(details(task));
    button.hidden = FINAL.has(task.status);
  };
  try {
    show(await request(`/api/v1/tasks/${encodeURIComponent(id)}`, { signal }));
  } catch (error) {
    if (error.name !== "AbortError") messages.replaceChildren(notice("error", explain(error, `task ${id}`)));
    return;
  }
  button.addEventListener("click", () => cancel(task, show, button, outcome));
  if (FINAL.has(task.status)) return state.set("final");
  follow(`/api/v1/tasks/${encodeURIComponent(id)}/events`, {
    signal,
    finished: () => FINAL.has(task.status),
    onEvent: (event) => event.type === "task" && show(JSON.parse(event.data)),
    onError: (error) => messages.replaceChildren(notice("error", explain(error, `task ${id}`))),
    onState: (s) => {
      state.set(
        FINAL.has(task.status) ? "final" : s === "live" ? "● live" : s === "reconnecting" ? "reconnecting…" : "",
      );
      state.classList.toggle("off", s !== "live");
    },
  });
}

async function cancel(task, show, button, outcome) {
  button.disabled = true;
  try {
    show(await request(`/api/v1/tasks/${task.task_id}/cancel`, { method: "POST" }));
    outcome.replaceChildren(notice("note", "Cancelled: a running task is stopped by its worker; it stays cancelled."));
  } catch (error) {
    if (error.status === 409 && error.details && error.details.status) {
      show(error.details); // the task as it is: final already
      const was = error.details.status;
      const said = `Not cancelled (409 conflict): the task was already ${was} when the cancel arrived. `;
      outcome.replaceChildren(notice("warn", said + "Only a queued or processing task can be cancelled."));
    } else {
      outcome.replaceChildren(notice("error", explain(error, `task ${task.task_id}`)));
    }
  } finally {
    button.disabled = false;
  }
}
