import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, api, fieldErrors, setCsrfToken, setRequestLanguage, toQueryString } from "./client.js";

type FetchArgs = [string, RequestInit];

function respond(status: number, body?: unknown) {
  const fetchMock = vi.fn(async (..._args: FetchArgs) =>
    body === undefined ? new Response(null, { status }) : Response.json(body, { status }),
  );
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

function headersOf(call: FetchArgs | undefined): Record<string, string> {
  return (call?.[1].headers ?? {}) as Record<string, string>;
}

describe("api client", () => {
  beforeEach(() => {
    setCsrfToken("token-1");
    setRequestLanguage("uk");
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it("sends the CSRF token on writes but not on reads, and always the language", async () => {
    const fetchMock = respond(200, { ok: true });
    await api.get("/api/users", { q: "ann", limit: 10, cursor: undefined });
    await api.post("/api/users", { email: "a@example.org" });
    const [read, write] = fetchMock.mock.calls;
    expect(read?.[0]).toBe("/api/users?q=ann&limit=10");
    expect(headersOf(read)["X-CSRF-Token"]).toBeUndefined();
    expect(headersOf(read)["Accept-Language"]).toBe("uk");
    expect(headersOf(write)["X-CSRF-Token"]).toBe("token-1");
    expect(headersOf(write)["Content-Type"]).toBe("application/json");
    expect(write?.[1].credentials).toBe("same-origin");
    expect(write?.[1].body).toBe('{"email":"a@example.org"}');
  });

  it("turns an error body into an ApiError with code, message and fields", async () => {
    respond(400, {
      error: {
        code: "validation",
        message: "Деякі поля потребують уваги.",
        requestId: "req-7",
        fields: [{ field: "body.email", problem: "email", message: "Неправильна адреса." }],
      },
    });
    const error = await api.post("/api/users", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: "validation", requestId: "req-7" });
    expect(fieldErrors(error)).toEqual({ email: "Неправильна адреса." });
  });

  it("reports an unreachable server as a network error", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    await expect(api.get("/api/auth/session")).rejects.toMatchObject({ status: 0, code: "network" });
  });

  it("copes with a non-JSON error page from a proxy", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("<html>Bad gateway</html>", { status: 502 })),
    );
    await expect(api.get("/api/health")).rejects.toMatchObject({ status: 502, code: "internal", message: "" });
  });

  it("accepts an empty 204 answer", async () => {
    respond(204);
    await expect(api.delete("/api/auth/tokens/1")).resolves.toBeUndefined();
  });
});

describe("fieldErrors", () => {
  it("keys problems by input name and keeps the first message per field", () => {
    const error = new ApiError(400, "validation", "", [
      { field: "body.roles.0", problem: "invalid", message: "Roles is not valid." },
      { field: "body.roles.1", problem: "invalid", message: "second" },
      { field: "query.limit", problem: "too_big", message: "Page size is too large." },
    ]);
    expect(fieldErrors(error)).toEqual({ roles: "Roles is not valid.", limit: "Page size is too large." });
    expect(fieldErrors(new Error("x"))).toEqual({});
  });
});

describe("toQueryString", () => {
  it("leaves out empty values", () => {
    expect(toQueryString({ a: "", b: null, c: undefined, d: 0, e: false })).toBe("?d=0&e=false");
    expect(toQueryString({})).toBe("");
  });
});
