import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "./client.js";
import { fileNameOf, formWithFile, ImportRefused, postForm, postImportFile, refusedReport } from "./file-transfer.js";

describe("file name of a download", () => {
  it("reads the quoted name the server sends", () => {
    expect(fileNameOf('attachment; filename="htcds-export-2025-03-07.xlsx"')).toBe("htcds-export-2025-03-07.xlsx");
  });

  it("prefers the encoded name when both are given", () => {
    expect(fileNameOf("attachment; filename=\"a.json\"; filename*=UTF-8''spr%C3%A1va.json")).toBe("správa.json");
  });

  it("gives nothing without a name", () => {
    expect(fileNameOf(null)).toBeUndefined();
    expect(fileNameOf("attachment")).toBeUndefined();
  });
});

describe("sending a form with a file", () => {
  const context = { csrfToken: "csrf-1", language: "uk" };
  const file = new File(["a,b\n"], "people.csv", { type: "text/csv" });
  let calls: { path: string; init: RequestInit }[] = [];

  function answer(response: Response | Error) {
    calls = [];
    vi.stubGlobal("fetch", async (path: string, init: RequestInit) => {
      calls.push({ path, init });
      if (response instanceof Error) throw response;
      return response;
    });
  }
  afterEach(() => vi.unstubAllGlobals());

  it("puts the fields before the file and leaves out empty ones", () => {
    const form = formWithFile(file, { password: "", caption: "At the border", consent: undefined });
    expect([...form.keys()]).toEqual(["caption", "file"]);
    expect((form.get("file") as File).name).toBe("people.csv");
  });

  it("posts with the session cookie, the CSRF token and the language, and gives the answer", async () => {
    answer(Response.json({ id: "a1" }));
    const form = formWithFile(file);
    expect(await postForm<{ id: string }>("/api/x", form, context)).toEqual({ id: "a1" });
    const [{ path, init }] = calls as [{ path: string; init: RequestInit }];
    expect(path).toBe("/api/x");
    expect(init).toMatchObject({ method: "POST", credentials: "same-origin", body: form });
    expect(init.headers).toEqual({ Accept: "application/json", "Accept-Language": "uk", "X-CSRF-Token": "csrf-1" });
  });

  it("sends no CSRF header without a session", async () => {
    answer(Response.json({}));
    await postForm("/api/x", formWithFile(file), { csrfToken: null, language: "en" });
    expect(calls[0]?.init.headers).not.toHaveProperty("X-CSRF-Token");
  });

  it("turns a refusal into the server's error, with its fields", async () => {
    const fields = [{ field: "file", code: "unsupported_type", message: "Not a spreadsheet" }];
    answer(
      Response.json(
        { error: { code: "invalid", message: "Check the file", fields, requestId: "r1" } },
        { status: 400 },
      ),
    );
    const error = await postForm("/api/x", formWithFile(file), context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: "invalid", fields, requestId: "r1" });
  });

  it("says what it can of an answer that is not the server's JSON, and of no answer", async () => {
    answer(new Response("<html>Bad gateway</html>", { status: 502 }));
    await expect(postForm("/api/x", formWithFile(file), context)).rejects.toMatchObject({
      status: 502,
      code: "internal",
    });
    answer(new TypeError("Failed to fetch"));
    await expect(postForm("/api/x", formWithFile(file), context)).rejects.toMatchObject({ status: 0, code: "network" });
  });

  it("keeps an import's report of its bad rows with the refusal", async () => {
    const report = { rows: 3, problems: [{ row: 2, column: "prs_Birthdate" }] };
    answer(Response.json({ error: { code: "import_refused", message: "" }, report }, { status: 422 }));
    const error = await postImportFile("/api/cases/import", formWithFile(file), context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefused);
    expect(refusedReport(error)).toEqual(report);
    answer(Response.json({ error: { code: "forbidden", message: "" } }, { status: 403 }));
    const plain = await postImportFile("/api/cases/import", formWithFile(file), context).catch((e: unknown) => e);
    expect(plain).toBeInstanceOf(ApiError);
    expect(refusedReport(plain)).toBeUndefined();
  });
});
