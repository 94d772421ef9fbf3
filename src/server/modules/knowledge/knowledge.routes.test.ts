import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayIso } from "../../../shared/dates.js";
import { defaultNextReview } from "../../../shared/knowledge/articles.js";
import { userActor } from "../../access/actor.js";
import { inActorTransaction } from "../../access/actor-transaction.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import {
  auditEntriesAfter,
  createDemoApp,
  errorOf,
  lastAuditSeq,
  send,
  signInOrThrow,
  type TestSession,
} from "../../testing/http.js";
import { search, writeArticle } from "./knowledge.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

const SCRIPT = {
  en: { title: "First contact: greeting the caller", body: "Say who you are and that the call is **confidential**." },
  uk: { title: "Перший контакт: привітання", body: "Скажіть, хто ви, і що розмова **конфіденційна**." },
};

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
        { method: "POST" as const, url: "/api/knowledge/articles", payload: { category: "other", translations: SCRIPT } },
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

  it("keeps every version as written: an edit adds the next one, the history shows them all", async () => {
    const seq = await lastAuditSeq(ctx.testApp);
    const first = await writeArticle(ctx.app, supervisor, SCRIPT, { changeSummary: "Written for the new line" });
    const url = `/api/knowledge/articles/${first.id}`;
    const edited = await send(ctx.app, {
      method: "POST",
      url: `${url}/versions`,
      session: supervisor,
      payload: {
        baseVersion: 1,
        translations: {
          ...SCRIPT,
          ru: { title: "Первый контакт: приветствие", body: "Скажите, кто вы." },
          uk: { title: "Перший контакт: привітання абонента", body: "Назвіть себе." },
        },
        changeSummary: "Russian added, Ukrainian shortened",
      },
    });
    expect(edited.statusCode, edited.body).toBe(201);
    expect(edited.json()).toMatchObject({ currentVersion: 2, version: 2, languages: ["en", "uk", "ru"] });

    const old = (await get(`${url}?version=1`, operator)).json();
    expect(old).toMatchObject({ version: 1, currentVersion: 2, changeSummary: "Written for the new line" });
    expect(old.translations.uk).toEqual(SCRIPT.uk);
    expect(old.translations.ru).toBeUndefined();
    expect((await get(`${url}?version=3`, operator)).statusCode).toBe(404);

    // An edit made from version 1 after version 2 was saved would silently undo it: refused, nothing written.
    const stale = await send(ctx.app, {
      method: "POST",
      url: `${url}/versions`,
      session: supervisor,
      payload: { baseVersion: 1, translations: SCRIPT, changeSummary: "Late edit" },
    });
    expect([stale.statusCode, errorOf(stale).code]).toEqual([409, "conflict"]);

    const history = (await get(`${url}/versions`, operator)).json();
    expect(history.items.map((v: { version: number; changeSummary: string }) => [v.version, v.changeSummary])).toEqual([
      [2, "Russian added, Ukrainian shortened"],
      [1, "Written for the new line"],
    ]);
    expect(history.items[0]).toMatchObject({ languages: ["en", "uk", "ru"], createdBy: "Marek Zielinski" });
    expect(history.items[1].titles).toEqual({ en: SCRIPT.en.title, uk: SCRIPT.uk.title });

    // The search follows the current version: a word only version 1 had is no longer found.
    expect((await search(ctx.app, operator, { q: "конфіденційна" })).items.map((i) => i.id)).not.toContain(first.id);
    expect((await search(ctx.app, operator, { q: "абонента" })).items.map((i) => i.id)).toContain(first.id);

    const audit = await auditEntriesAfter(ctx.testApp, seq);
    const writes = audit.filter((entry) => entry.record_id === first.id && entry.outcome === "allowed");
    expect(writes.map((entry) => entry.action)).toEqual(["knowledge.create", "knowledge.version"]);
    expect(writes[1]?.detail).toEqual({ version: 2, languages: ["en", "uk", "ru"] });
  });

  it("cannot change a saved version even through the application's own database role", async () => {
    const article = await writeArticle(ctx.app, supervisor, SCRIPT);
    const { database } = ctx.testApp.services;
    const user = await database.db
      .selectFrom("users")
      .select(["id", "organisation_id", "team_id"])
      .where("email", "=", ctx.demo.accountOf("supervisor").email)
      .executeTakeFirstOrThrow();
    const actor = userActor({
      userId: user.id,
      organisationId: user.organisation_id,
      teamId: user.team_id,
      roles: ["supervisor"],
      via: "session",
      locale: "en",
    });
    // The role and settings every request runs with: the grant itself refuses the change.
    const rewrite = inActorTransaction(database, actor, (tx) =>
      tx.updateTable("article_versions").set({ change_summary: "rewritten" }).where("article_id", "=", article.id).execute(),
    );
    await expect(rewrite).rejects.toThrow(/permission denied/);
    const kept = (await get(`/api/knowledge/articles/${article.id}`, supervisor)).json();
    expect(kept.changeSummary).toBe("");
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
      [{ category: "script", translations: { uk: { title: "", body: "Текст" } } }, "body.translations.uk.title", "too_small"],
      [{ category: "script", translations: { de: { title: "Hallo", body: "Text" } } }, "body.translations.de", "unknown_field"],
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

  it("flags an article past its review date until someone marks it reviewed", async () => {
    const yesterday = addDays(todayIso(), -1);
    const due = await writeArticle(
      ctx.app,
      supervisor,
      { en: { title: "Overdue legal facts", body: "Check the rules." } },
      { category: "legal_facts", country: "PL", reviewOn: yesterday },
    );
    expect(due).toMatchObject({ reviewOn: yesterday, reviewOverdue: true });
    const listed = await search(ctx.app, operator, { category: "legal_facts", country: "PL" });
    expect(listed.items.find((item) => item.id === due.id)?.reviewOverdue).toBe(true);

    const seq = await lastAuditSeq(ctx.testApp);
    const reviewed = await send(ctx.app, {
      method: "POST",
      url: `/api/knowledge/articles/${due.id}/review`,
      session: supervisor,
      payload: {},
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json()).toMatchObject({
      reviewOn: defaultNextReview(todayIso()),
      reviewOverdue: false,
      lastReviewedBy: "Marek Zielinski",
      currentVersion: 1,
    });
    const later = addDays(todayIso(), 30);
    const chosen = await send(ctx.app, {
      method: "POST",
      url: `/api/knowledge/articles/${due.id}/review`,
      session: supervisor,
      payload: { nextReviewOn: later },
    });
    expect(chosen.json().reviewOn).toBe(later);
    const audit = await auditEntriesAfter(ctx.testApp, seq);
    expect(audit.filter((e) => e.record_id === due.id).map((e) => [e.action, e.detail])).toEqual([
      ["knowledge.review", { nextReviewOn: defaultNextReview(todayIso()) }],
      ["knowledge.review", { nextReviewOn: later }],
    ]);
  });
});
