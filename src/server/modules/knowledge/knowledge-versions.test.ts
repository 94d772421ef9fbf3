import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayIso } from "../../../shared/dates.js";
import { defaultNextReview } from "../../../shared/knowledge/articles.js";
import { inActorTransaction } from "../../access/actor-transaction.js";
import { demoActor } from "../../testing/actors.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, errorOf, lastAuditSeq, send, type TestSession } from "../../testing/http.js";
import { SCRIPT, search, writeArticle } from "./knowledge.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

describe.each(testDatabaseKinds())("knowledge base versions and reviews (%s)", (kind) => {
  let ctx: Ctx;
  let supervisor: TestSession;
  let operator: TestSession;

  const get = (url: string, session: TestSession) => send(ctx.app, { method: "GET", url, session });

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    supervisor = await ctx.sessions.of("supervisor");
    operator = await ctx.sessions.of("hotline_operator");
  });
  afterAll(() => ctx.testApp.close());

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
    const actor = await demoActor(ctx.testApp, ctx.demo, "supervisor");
    // The role and settings every request runs with: the grant itself refuses the change.
    const rewrite = inActorTransaction(database, actor, (tx) =>
      tx
        .updateTable("article_versions")
        .set({ change_summary: "rewritten" })
        .where("article_id", "=", article.id)
        .execute(),
    );
    await expect(rewrite).rejects.toThrow(/permission denied/);
    const kept = (await get(`/api/knowledge/articles/${article.id}`, supervisor)).json();
    expect(kept.changeSummary).toBe("");
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
