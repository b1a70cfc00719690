// The dashboard: the key gate, the header, and a router over the location's hash (#/, #/projects,
// #/projects/<id>?status=&task_type=&offset=&size=, #/tasks/<id>). Each view is a module whose
// mount(root, params, signal) draws into `root` and stops its polls and streams when `signal` aborts.

import { ApiError, explain, keyStore, request } from "./api.js";
import * as overview from "./overview.js";
import * as project from "./project.js";
import * as projects from "./projects.js";
import * as task from "./task.js";

const $ = (id) => document.getElementById(id);
let current = null;

function route() {
  const [path, query = ""] = location.hash.replace(/^#/, "").split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const params = Object.fromEntries(new URLSearchParams(query));
  if (parts[0] === "projects" && parts[1]) return { view: project, params: { ...params, project_id: parts[1] } };
  if (parts[0] === "projects") return { view: projects, params };
  if (parts[0] === "tasks" && parts[1]) return { view: task, params: { task_id: parts[1] } };
  return { view: overview, params };
}

function show() {
  if (current) current.abort();
  current = new AbortController();
  const { view, params } = route();
  const root = $("view");
  root.replaceChildren();
  for (const link of document.querySelectorAll("#nav a")) {
    const here = link.getAttribute("href") === `#/${view.section || ""}`;
    link.classList.toggle("here", here);
  }
  view.mount(root, params, current.signal);
}

/** What the key may see: every project (it may read the global metrics), or only some. */
async function describeScope() {
  try {
    await request("/api/v1/tasks/metrics");
    return "key: all projects";
  } catch (error) {
    if (error.status === 403) return "key: scoped to some projects";
    throw error;
  }
}

async function enter() {
  const label = await describeScope();
  $("gate").hidden = true;
  $("nav").hidden = false;
  $("who").hidden = false;
  $("scope").textContent = label;
  window.addEventListener("hashchange", show);
  show();
}

function askForKey(message) {
  if (current) current.abort();
  window.removeEventListener("hashchange", show);
  $("view").replaceChildren();
  $("nav").hidden = true;
  $("who").hidden = true;
  $("gate").hidden = false;
  const error = $("gate-error");
  error.hidden = !message;
  error.textContent = message || "";
  $("key-input").focus();
}

async function submitKey(event) {
  event.preventDefault();
  const input = $("key-input");
  const key = input.value.trim();
  try {
    await request("/api/v1/projects?limit=1", { key }); // 401 for a key the API does not know
  } catch (error) {
    $("gate-error").hidden = false;
    $("gate-error").textContent = error instanceof ApiError ? explain(error) : String(error);
    return;
  }
  keyStore.set(key);
  input.value = "";
  openDashboard();
}

/** Into the dashboard with the stored key, or back to the gate saying why not. */
function openDashboard() {
  enter().catch((error) => {
    if (error.status === 401) keyStore.clear();
    askForKey(explain(error));
  });
}

function start() {
  $("key-form").addEventListener("submit", submitKey);
  $("forget").addEventListener("click", () => {
    keyStore.clear();
    askForKey("");
  });
  window.addEventListener("unauthorized", () => {
    keyStore.clear();
    askForKey("The API no longer accepts this key (401): enter a valid one.");
  });
  if (keyStore.get()) openDashboard();
  else askForKey("");
}

start();
