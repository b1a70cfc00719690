// The API as the dashboard sees it: the key (this tab's sessionStorage only), JSON requests, errors in words.

const KEY_NAME = "taskservice.apiKey";

export const keyStore = {
  get: () => sessionStorage.getItem(KEY_NAME),
  set: (key) => sessionStorage.setItem(KEY_NAME, key),
  clear: () => sessionStorage.removeItem(KEY_NAME),
};

/** An answer other than 2xx (the API's error envelope), or no answer at all (status 0). */
export class ApiError extends Error {
  constructor(status, code, message, details) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

function errorOf(status, body, text) {
  const error = body && body.error;
  if (error) return new ApiError(status, error.code, error.message, error.details);
  return new ApiError(status, `http_${status}`, text.slice(0, 200) || `HTTP ${status}`, []);
}

/** JSON from the API with the key in its header (never in the URL); throws ApiError. */
export async function request(path, { key = keyStore.get(), method = "GET", signal } = {}) {
  const headers = { Accept: "application/json" };
  if (key) headers["X-API-Key"] = key;
  let response;
  try {
    response = await fetch(path, { method, headers, signal, cache: "no-store", credentials: "omit" });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, "unreachable", "the API did not answer (network error)", []);
  }
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (response.status === 401 && key === keyStore.get()) window.dispatchEvent(new Event("unauthorized"));
  if (!response.ok) throw errorOf(response.status, body, text);
  return body;
}

/** What an error means for the person looking at the page. */
export function explain(error, what = "this") {
  const said = error.message ? ` The API said: “${error.message}”.` : "";
  switch (error.status) {
    case 0:
      return "The API could not be reached; the page retries on its own.";
    case 401:
      return "The key was not accepted (unknown or revoked): use “Forget key” and enter a valid one." + said;
    case 403:
      return (
        `403 forbidden: your key may not see ${what}. A key scoped to some projects (API_KEYS ` +
        "KEY:PROJECT, or `keys create --project`) sees only those projects; the API enforces it." +
        said
      );
    case 404:
      return `Not found: ${what} does not exist, has expired, or belongs to a project your key cannot see.`;
    case 429:
      return "Too many requests for this key (rate limit); the page retries shortly." + said;
    case 503:
      return "The service is unavailable for the moment (Redis or the queue)." + said;
    default:
      return `Error ${error.status} ${error.code}.` + said;
  }
}

export function encodePath(value) {
  return encodeURIComponent(value);
}
