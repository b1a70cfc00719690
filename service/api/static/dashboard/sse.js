// Server-Sent Events over fetch(): EventSource cannot send the X-API-Key header, so the stream is read here.

import { ApiError, keyStore } from "./api.js";

/** The text/event-stream format (HTML's "event stream interpretation"), fed chunk by chunk. */
export class SseParser {
  constructor(onEvent) {
    this.onEvent = onEvent;
    this.buffer = "";
    this.lastEventId = null;
    this.clear();
  }

  clear() {
    this.type = "";
    this.data = [];
  }

  feed(chunk) {
    let text = this.buffer + chunk;
    // A chunk may end between the \r and the \n of one line break: keep the \r until the next chunk.
    const held = text.endsWith("\r") ? "\r" : "";
    if (held) text = text.slice(0, -1);
    const lines = text.split(/\r\n|\r|\n/);
    this.buffer = lines.pop() + held;
    for (const line of lines) this.line(line);
  }

  line(line) {
    if (line === "") {
      if (this.data.length) {
        this.onEvent({ type: this.type || "message", data: this.data.join("\n"), id: this.lastEventId });
      }
      this.clear();
      return;
    }
    if (line.startsWith(":")) return; // a comment: the server's heartbeat
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") this.type = value;
    else if (field === "data") this.data.push(value);
    else if (field === "id" && !value.includes("\0")) this.lastEventId = value;
  }
}

const sleep = (ms, signal) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

async function readOnce(path, parser, signal, onOpen) {
  const headers = { Accept: "text/event-stream", "X-API-Key": keyStore.get() || "" };
  if (parser.lastEventId) headers["Last-Event-ID"] = parser.lastEventId;
  const response = await fetch(path, { headers, signal, cache: "no-store", credentials: "omit" });
  if (!response.ok) {
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    const error = body && body.error;
    throw new ApiError(response.status, error ? error.code : "", error ? error.message : "", error && error.details);
  }
  onOpen();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    parser.feed(value);
  }
}

/**
 * Follow an event stream until `signal` aborts or `finished()` says so, reconnecting after a drop with
 * Last-Event-ID (backing off up to 15 s). 401/403/404 stop it: `onError` gets the ApiError. `onState` hears
 * "live", "reconnecting" and "stopped".
 */
export async function follow(path, { signal, onEvent, onError, onState = () => {}, finished = () => false }) {
  const parser = new SseParser(onEvent);
  let delay = 1000;
  while (!signal.aborted && !finished()) {
    try {
      await readOnce(path, parser, signal, () => {
        delay = 1000;
        onState("live");
      });
    } catch (error) {
      if (signal.aborted) break;
      if ([401, 403, 404].includes(error.status)) {
        onState("stopped");
        onError(error);
        return;
      }
    }
    if (signal.aborted || finished()) break;
    onState("reconnecting");
    parser.clear(); // an event cut off by the drop is dropped; Last-Event-ID brings it back
    parser.buffer = "";
    await sleep(delay, signal);
    delay = Math.min(delay * 2, 15000);
  }
  onState("stopped");
}
