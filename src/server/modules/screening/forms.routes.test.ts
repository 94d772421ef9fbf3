// biome-ignore-all lint/suspicious/noTemplateCurlyInString: scoring rules write field references as ${name}.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, errorOf, send, type TestSession } from "../../testing/http.js";
import { multipart } from "../case-records/case-records.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "../forms/fixtures");

describe.each(testDatabaseKinds())("form library over HTTP (%s)", (kind) => {
  let ctx: Ctx;
  let admin: TestSession;
  let screener: TestSession;

  const upload = async (file: string, dryRun: boolean) => {
    const body = multipart([{ name: "file", filename: file, content: await readFile(path.join(FIXTURES, file)) }]);
    return send(ctx.app, {
      method: "POST",
      url: `/api/forms/import?dryRun=${dryRun}`,
      session: admin,
      payload: body.payload,
      headers: { "content-type": body.contentType },
    });
  };
  const formCount = async () =>
    Number(
      (
        await ctx.testApp.services.database.db
          .selectFrom("form_versions")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    admin = await ctx.sessions.of("organisation_admin");
    screener = await ctx.sessions.of("screener");
    await send(ctx.app, { method: "GET", url: "/api/forms", session: admin });
  });
  afterAll(() => ctx.testApp.close());

  it("checks an XLSForm first, then imports it as a draft that takes submissions once published", async () => {
    const before = await formCount();
    const dry = await upload("border-arrival.xlsx", true);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ ok: true, dryRun: true, form: null });
    expect(await formCount()).toBe(before);

    const real = await upload("border-arrival.xlsx", false);
    expect(real.statusCode, real.body).toBe(200);
    const form = real.json().form;
    expect(form).toMatchObject({ formKey: "border_arrival", status: "draft", latestVersion: 1 });

    const early = await send(ctx.app, {
      method: "POST",
      url: `/api/forms/${form.id}/submissions`,
      session: screener,
      payload: { answers: { consent: "no" } },
    });
    expect(early.statusCode).toBe(400);
    expect(errorOf(early).fields?.[0]?.problem).toBe("form_not_published");

    const published = await send(ctx.app, {
      method: "POST",
      url: `/api/forms/${form.id}/publish`,
      session: admin,
      payload: {},
    });
    expect(published.json()).toMatchObject({ status: "published", publishedVersion: 1 });
    const submitted = await send(ctx.app, {
      method: "POST",
      url: `/api/forms/${form.id}/submissions`,
      session: screener,
      payload: { answers: { consent: "no" }, clientKey: "kobo-uuid-0001" },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect(submitted.json()).toMatchObject({ source: "api", riskLevel: null, formKey: "border_arrival" });

    const again = await upload("border-arrival.xlsx", false);
    expect(again.json().form).toMatchObject({ latestVersion: 2, publishedVersion: 1 });

    const exported = await send(ctx.app, { method: "GET", url: `/api/forms/${form.id}/xlsform`, session: admin });
    expect(exported.statusCode).toBe(200);
    expect(exported.rawPayload.subarray(0, 2).toString()).toBe("PK");

    const retired = await send(ctx.app, { method: "POST", url: `/api/forms/${form.id}/retire`, session: admin });
    expect(retired.json().status).toBe("retired");
    const late = await send(ctx.app, {
      method: "POST",
      url: `/api/forms/${form.id}/submissions`,
      session: screener,
      payload: { answers: { consent: "no" } },
    });
    expect(late.statusCode).toBe(400);
  });

  it("scores an imported form once rules are attached and that version is published", async () => {
    const imported = (await upload("shelter-household.xlsx", false)).json().form;
    const bad = await send(ctx.app, {
      method: "POST",
      url: `/api/forms/${imported.id}/scoring`,
      session: admin,
      payload: {
        rules: { flags: [{ id: "x", label: { en: "X" }, when: "${no_such_question} = 'yes'", level: "high" }] },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0]).toMatchObject({ path: "flags[0].when", code: "unknown_field" });

    const rules = {
      flags: [{ id: "declined", label: { en: "Declined the interview" }, when: "${consent} = 'no'", level: "medium" }],
    };
    const saved = await send(ctx.app, {
      method: "POST",
      url: `/api/forms/${imported.id}/scoring`,
      session: admin,
      payload: { rules },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, scoring: rules });
    await send(ctx.app, { method: "POST", url: `/api/forms/${imported.id}/publish`, session: admin, payload: {} });
    const screened = await send(ctx.app, {
      method: "POST",
      url: `/api/forms/${imported.id}/submissions`,
      session: screener,
      payload: { answers: { consent: "no" } },
    });
    expect(screened.statusCode, screened.body).toBe(201);
    expect(screened.json()).toMatchObject({ formVersion: 2, riskLevel: "medium", flags: ["declined"] });
  });

  it("reports every problem of a broken XLSForm with its place and writes nothing", async () => {
    const before = await formCount();
    const response = await upload("broken.xlsx", false);
    expect(response.statusCode).toBe(400);
    const issues = response.json().issues as { sheet: string; row?: number; column?: string; code: string }[];
    const codes = issues.map((issue) => issue.code);
    expect(codes).toEqual(
      expect.arrayContaining(["calculation_cycle", "unknown_field", "unknown_list", "unsupported_type"]),
    );
    for (const issue of issues.filter((i) => i.code !== "unclosed_group"))
      expect(issue.row).toEqual(expect.any(Number));
    expect(await formCount()).toBe(before);
  });

  it("answers a file that is not a workbook with an issue, not a failure", async () => {
    const body = multipart([{ name: "file", filename: "form.xlsx", content: Buffer.from("not a spreadsheet") }]);
    const response = await send(ctx.app, {
      method: "POST",
      url: "/api/forms/import?dryRun=true",
      session: admin,
      payload: body.payload,
      headers: { "content-type": body.contentType },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ok: false, issues: [expect.objectContaining({ code: "not_xlsx" })] });
  });
});
