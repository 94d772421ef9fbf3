import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayIso } from "../../../shared/dates.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, errorOf, send, signInOrThrow, type TestSession } from "../../testing/http.js";
import { SCRIPT, search, writeArticle } from "./knowledge.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

describe.each(testDatabaseKinds())("knowledge base over HTTP (%s)", (kind) => {
  let ctx: Ctx;
  let supervisor: TestSession;
  let operator: TestSession;
  let otherAdmin: TestSession;

  const get = (url: string, session: TestSession) => send(ctx.app, { method: "GET", url, session });

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    supervisor = await ctx.sessions.of("supervisor");
    operator = await ctx.sessions.of("hotline_operator");
    const main = ctx.demo.accountOf("supervisor").organisation;
    const other = ctx.demo.accounts.find((a) => a.organisation !== main && a.roles.includes("organisation_admin"));
    if (!other) throw new Error("the demo data has no second organisation with an administrator");
    otherAdmin = await signInOrThrow(ctx.app, other);
  });
  afterAll(() => ctx.testApp.close());

  it("lets readers read and managers write, and answers 403 to the other roles", async () => {
    const article = await writeArticle(ctx.app, supervisor, SCRIPT);
    for (const role of ["caseworker", "hotline_operator", "organisation_admin", "supervisor"] as const) {
      const response = await get(`/api/knowledge/articles/${article.id}`, await ctx.sessions.of(role));
      expect([role, response.statusCode]).toEqual([role, 200]);
    }
    for (const role of ["screener", "me_officer", "auditor", "partner_caseworker", "deployment_admin"] as const) {
      const response = await get("/api/knowledge/articles", await ctx.sessions.of(role));
      expect([role, response.statusCode, errorOf(response).code]).toEqual([role, 403, "forbidden"]);
    }
    for (const role of ["caseworker", "hotline_operator"] as const) {
      const session = await ctx.sessions.of(role);
      const writes = [
        {
          method: "POST" as const,
          url: "/api/knowledge/articles",
          payload: { category: "other", translations: SCRIPT },
        },
        { method: "PATCH" as const, url: `/api/knowledge/articles/${article.id}`, payload: { status: "retired" } },
        { method: "POST" as const, url: `/api/knowledge/articles/${article.id}/review`, payload: {} },
      ];
      for (const write of writes) {
        const response = await send(ctx.app, { ...write, session });
        expect([role, write.url, response.statusCode]).toEqual([role, write.url, 403]);
      }
    }
    const still = (await get(`/api/knowledge/articles/${article.id}`, supervisor)).json();
    expect(still.status).toBe("published");
  });

  it("keeps drafts and retired articles from operators; managers see them when they ask", async () => {
    const draft = await writeArticle(ctx.app, supervisor, SCRIPT, { status: "draft", category: "safety" });
    expect(draft.status).toBe("draft");
    const operatorList = await search(ctx.app, operator, { category: "safety" });
    expect(operatorList.items.map((item) => item.id)).not.toContain(draft.id);
    expect((await get(`/api/knowledge/articles/${draft.id}`, operator)).statusCode).toBe(404);
    expect((await get(`/api/knowledge/articles/${draft.id}/versions`, operator)).statusCode).toBe(404);
    const asked = await get("/api/knowledge/articles?status=draft", operator);
    expect([asked.statusCode, errorOf(asked).code]).toEqual([403, "forbidden"]);
    const drafts = await search(ctx.app, supervisor, { status: "draft" });
    expect(drafts.items.map((item) => item.id)).toContain(draft.id);

    const publish = async (status: string) =>
      send(ctx.app, {
        method: "PATCH",
        url: `/api/knowledge/articles/${draft.id}`,
        session: supervisor,
        payload: { status },
      });
    expect((await publish("published")).statusCode).toBe(200);
    expect((await get(`/api/knowledge/articles/${draft.id}`, operator)).statusCode).toBe(200);
    expect((await search(ctx.app, operator, { category: "safety" })).items.map((i) => i.id)).toContain(draft.id);
    expect((await publish("retired")).statusCode).toBe(200);
    expect((await get(`/api/knowledge/articles/${draft.id}`, operator)).statusCode).toBe(404);
    const retired = await search(ctx.app, supervisor, { status: "retired" });
    expect(retired.items.map((item) => item.id)).toEqual([draft.id]);
  });

  it("answers 404 for another organisation's article, in lists too, and leaves it as it was", async () => {
    const theirs = await writeArticle(ctx.app, otherAdmin, {
      en: { title: "Their own referral list", body: "Only for their office." },
    });
    const db = ctx.testApp.services.database.db;
    const state = async () =>
      JSON.stringify([
        await db.selectFrom("articles").selectAll().where("id", "=", theirs.id).execute(),
        await db.selectFrom("article_versions").selectAll().where("article_id", "=", theirs.id).execute(),
      ]);
    const before = await state();
    const base = `/api/knowledge/articles/${theirs.id}`;
    const attempts = [
      { method: "GET" as const, url: base },
      { method: "GET" as const, url: `${base}/versions` },
      { method: "PATCH" as const, url: base, payload: { status: "retired" } },
      { method: "POST" as const, url: `${base}/review`, payload: {} },
      {
        method: "POST" as const,
        url: `${base}/versions`,
        payload: { baseVersion: 1, translations: { en: { title: "Taken", body: "Taken" } }, changeSummary: "Taken" },
      },
    ];
    for (const attempt of attempts) {
      const response = await send(ctx.app, { ...attempt, session: supervisor });
      expect([attempt.method, attempt.url, response.statusCode]).toEqual([attempt.method, attempt.url, 404]);
    }
    const listed = await search(ctx.app, supervisor, { q: "referral", status: "all" });
    expect(listed.items.map((item) => item.id)).not.toContain(theirs.id);
    expect(await state()).toBe(before);
  });

  it("names the field of bad input and writes nothing", async () => {
    const count = async () =>
      Number(
        (
          await ctx.testApp.services.database.db
            .selectFrom("articles")
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const post = (payload: unknown) =>
      send(ctx.app, {
        method: "POST",
        url: "/api/knowledge/articles",
        session: supervisor,
        headers: { "accept-language": "uk" },
        payload,
      });
    const cases: [unknown, string, string][] = [
      [{ category: "script", translations: {} }, "body.translations", "knowledge_translation_required"],
      [{ category: "poem", translations: SCRIPT }, "body.category", "unknown_value"],
      [
        { category: "script", translations: { uk: { title: "", body: "Текст" } } },
        "body.translations.uk.title",
        "too_small",
      ],
      [
        { category: "script", translations: { de: { title: "Hallo", body: "Text" } } },
        "body.translations.de",
        "unknown_field",
      ],
      [{ category: "script", country: "XX", translations: SCRIPT }, "body.country", "unknown_value"],
      [{ category: "script", reviewOn: "2026-02-30", translations: SCRIPT }, "body.reviewOn", "date"],
    ];
    for (const [payload, field, problem] of cases) {
      const response = await post(payload);
      expect([field, response.statusCode]).toEqual([field, 400]);
      const fields = errorOf(response).fields ?? [];
      expect(fields.map((f) => [f.field, f.problem])).toContainEqual([field, problem]);
      // Translated into the caller's language, not the key.
      expect(fields[0]?.message).not.toMatch(/^validation\.|knowledge_/);
    }
    expect(await count()).toBe(before);

    const article = await writeArticle(ctx.app, supervisor, SCRIPT);
    const review = await send(ctx.app, {
      method: "POST",
      url: `/api/knowledge/articles/${article.id}/review`,
      session: supervisor,
      payload: { nextReviewOn: todayIso() },
    });
    expect(review.statusCode).toBe(400);
    expect(errorOf(review).fields?.map((f) => [f.field, f.problem])).toEqual([
      ["body.nextReviewOn", "knowledge_review_not_future"],
    ]);
    const unchanged = (await get(`/api/knowledge/articles/${article.id}`, supervisor)).json();
    expect(unchanged).toMatchObject({ reviewOn: article.reviewOn, lastReviewedAt: null });
  });
});
