/**
 * The one way the web app talks to the server: JSON over fetch with the session cookie, the CSRF token on
 * every state-changing request, and the interface language so that server messages come back translated.
 */

export interface FieldProblem {
  field: string;
  problem: string;
  message: string;
}

/** A failed request. `code` is the server's stable error code, or "network" when the server was not reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly requestId?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

let csrfToken: string | null = null;
let language = "en";

/** Remembers the token from the sign-in, verify or session answer; cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setRequestLanguage(lang: string): void {
  language = lang;
}

export type QueryValue = string | number | boolean | null | undefined;

/** Builds a query string, leaving out empty values so filters the user did not set are not sent. */
export function toQueryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": language };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && method !== "HEAD" && csrfToken) headers["X-CSRF-Token"] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`${path}${toQueryString(options.query)}`, {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "network", "");
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The server's error body as every endpoint sends it. */
export interface ErrorBody {
  error?: { code?: string; message?: string; fields?: FieldProblem[]; requestId?: string };
}

/**
 * The error of a failed answer from its (already read) body. A body that is not ours (a proxy page, say)
 * gives a generic error the UI translates itself.
 */
export function apiErrorOf(status: number, body: ErrorBody | undefined): ApiError {
  const error = body?.error;
  if (error && typeof error.code === "string") {
    return new ApiError(status, error.code, error.message ?? "", error.fields ?? [], error.requestId);
  }
  return new ApiError(status, status >= 500 ? "internal" : "unknown", "");
}

/** Reads a failed answer's JSON body, or nothing when it is not JSON. */
export async function errorBodyOf<T extends ErrorBody>(response: Response): Promise<T | undefined> {
  try {
    return (await response.json()) as T;
  } catch {
    return undefined;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  return apiErrorOf(response.status, await errorBodyOf(response));
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    request<T>("GET", path, { query, signal }),
  post: <T>(path: string, body: unknown = {}) => request<T>("POST", path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, { body }),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, { body }),
  delete: <T = void>(path: string) => request<T>("DELETE", path),
};

/**
 * Field problems keyed by input name: "body.email" → "email", "body.roles.0" → "roles".
 * The first message for a field wins; the server already translated it.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!isApiError(error)) return result;
  for (const problem of error.fields) {
    const parts = problem.field.split(".");
    const name = parts[0] === "body" || parts[0] === "query" || parts[0] === "params" ? parts[1] : parts[0];
    if (name && !(name in result)) result[name] = problem.message;
  }
  return result;
}
