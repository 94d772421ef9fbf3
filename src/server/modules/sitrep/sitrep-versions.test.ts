import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SitrepDetail, SitrepDocument } from "../../../shared/api/sitrep.js";
import { ROMANIA_OFFICE } from "../../demo/demo-case-builders.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import {
  auditEntriesAfter,
  createDemoApp,
  createTestUser,
  errorOf,
  lastAuditSeq,
  send,
  signInOrThrow,
  type TestSession,
} from "../../testing/http.js";
import { buildSitrepWorld, type SitrepWorld } from "./sitrep-world.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

/* Versions, publishing and who may do what, on the report of sitrep-world.fixture.ts. */
describe.each(testDatabaseKinds())("situation report versions (%s)", (kind) => {
  let ctx: Ctx;
  let me: TestSession;
  let supervisor: TestSession;
  let caseworker: TestSession;
  let outsider: TestSession;
  let world: SitrepWorld;
  let edited: SitrepDetail;
  let untouched: SitrepDetail;

  const call = (method: "GET" | "POST" | "PUT", url: string, session: TestSession, payload?: unknown) =>
    send(ctx.app, { method, url, session, ...(payload === undefined ? {} : { payload }) });
  const create = async (session = me) => {
    const response = await call("POST", "/api/sitreps", session, {
      fromMonth: "2012-03",
      toMonth: "2012-04",
      officeIds: [world.offices.a, world.offices.b, world.offices.c],
      language: "en",
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as SitrepDetail;
  };
  const section = (document: SitrepDocument, key: string) => document.sections.find((s) => s.key === key);
  const trainingEntry = (document: SitrepDocument) =>
    section(document, "training")?.entries.find((e) => e.officeId === world.offices.a);

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    me = await ctx.sessions.of("me_officer");
    supervisor = await ctx.sessions.of("supervisor");
    caseworker = await ctx.sessions.of("caseworker");
    const other = ctx.demo.organisationIds[ROMANIA_OFFICE] as string;
    outsider = await signInOrThrow(
      ctx.app,
      await createTestUser(ctx.testApp, { organisationId: other, roles: ["me_officer"] }),
    );
    world = await buildSitrepWorld(ctx.testApp, ctx.demo.mainOrganisationId, other);
    edited = await create();
    untouched = await create(supervisor);
  });
  afterAll(() => ctx.testApp.close());

  it("saves the words of an edited document as a new version, keeping the figures as computed", async () => {
    const document = structuredClone(edited.document);
    document.title = "Situation report, spring 2012";
    document.overview = "Our own overview.";
    (section(document, "training") ?? { intro: "" }).intro = "Our trainings.";
    const entry = trainingEntry(document);
    if (!entry) throw new Error("no training entry");
    entry.text = "Trainings, in our words.";
    // What a save cannot change: figures, offices, language, entries of its own.
    (document.headline[0] as { value: number | null }).value = 999_999;
    (entry.figures[0] as { value: number | null }).value = 1;
    document.language = "pl";
    document.offices = [];
    section(document, "research")?.entries.push({ ...entry, officeId: world.offices.c, text: "Invented" });
    const response = await call("PUT", `/api/sitreps/${edited.id}`, me, { version: 1, document, note: "Wording" });
    expect(response.statusCode, response.body).toBe(200);
    const saved = response.json() as SitrepDetail;
    expect(saved.currentVersion).toBe(2);
    expect(saved.title).toBe("Situation report, spring 2012");
    expect(saved.document.overview).toBe("Our own overview.");
    expect(section(saved.document, "training")?.intro).toBe("Our trainings.");
    expect(trainingEntry(saved.document)?.text).toBe("Trainings, in our words.");
    expect(saved.document.headline).toEqual(edited.document.headline);
    expect(trainingEntry(saved.document)?.figures).toEqual(trainingEntry(edited.document)?.figures);
    expect(saved.document.language).toBe("en");
    expect(saved.document.offices).toEqual(edited.document.offices);
    expect(section(saved.document, "research")?.entries.map((e) => e.officeId)).toEqual([world.offices.b]);
    expect(saved.versions.map((v) => [v.version, v.savedBy, v.note])).toEqual([
      [2, "Sofia Melnyk", "Wording"],
      [1, "Sofia Melnyk", null],
    ]);

    const first = await call("GET", `/api/sitreps/${edited.id}?version=1`, me);
    expect((first.json() as SitrepDetail).document.title).toBe(edited.document.title);
    expect((await call("GET", `/api/sitreps/${edited.id}?version=9`, me)).statusCode).toBe(404);
    edited = saved;
  });

  it("refuses a save made from an older version: 409, nothing written", async () => {
    const response = await call("PUT", `/api/sitreps/${edited.id}`, me, { version: 1, document: edited.document });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).fields?.map((f) => f.problem)).toEqual(["sitrep_stale_version"]);
    const now = (await call("GET", `/api/sitreps/${edited.id}`, me)).json() as SitrepDetail;
    expect(now.currentVersion).toBe(2);
  });

  it("refreshes figures and entries from the records, keeping what people wrote", async () => {
    const db = ctx.testApp.services.database.db;
    await db
      .updateTable("activities")
      .set({ status: "approved" })
      .where("id", "=", world.activities.trainingDraft)
      .execute();
    await db
      .updateTable("activities")
      .set({ narrative: "Indicators, second edition." })
      .where("id", "=", world.activities.guidance)
      .execute();
    const response = await call("POST", `/api/sitreps/${edited.id}/refresh`, me, { version: 2 });
    expect(response.statusCode, response.body).toBe(200);
    const refreshed = response.json() as SitrepDetail;
    expect(refreshed.currentVersion).toBe(3);
    expect(refreshed.document.title).toBe("Situation report, spring 2012");
    expect(refreshed.document.overview).toBe("Our own overview.");
    expect(section(refreshed.document, "training")?.intro).toBe("Our trainings.");
    expect(trainingEntry(refreshed.document)?.text).toBe("Trainings, in our words.");
    expect(trainingEntry(refreshed.document)?.figures.slice(0, 2)).toEqual([
      { key: "trainings", value: 3, suppressed: false, params: {} },
      { key: "training_participants", value: 140, suppressed: false, params: { female: 72, male: 68, other: 0 } },
    ]);
    // An entry nobody edited reads as its activities read now.
    const guidance = section(refreshed.document, "thematic_guidance")?.entries[0];
    expect(guidance?.text).toBe("Indicators, second edition.");

    // A report nobody edited gets an overview of the new figures.
    const other = await call("POST", `/api/sitreps/${untouched.id}/refresh`, supervisor, { version: 1 });
    expect(other.statusCode, other.body).toBe(200);
    const overview = (other.json() as SitrepDetail).document.overview;
    expect(untouched.document.overview).toContain("2 trainings held");
    expect(overview).toContain("3 trainings held");
    expect(overview).toContain("140 participants trained");
    edited = refreshed;
  });

  it("publishes the current version, after which the report is read-only", async () => {
    const stale = await call("POST", `/api/sitreps/${edited.id}/publish`, supervisor, { version: 2 });
    expect(stale.statusCode).toBe(409);
    const response = await call("POST", `/api/sitreps/${edited.id}/publish`, supervisor, { version: 3 });
    expect(response.statusCode, response.body).toBe(200);
    const published = response.json() as SitrepDetail;
    expect(published).toMatchObject({ status: "published", publishedVersion: 3, currentVersion: 3 });
    expect(published.publishedAt).not.toBeNull();
    for (const [method, url, payload] of [
      ["PUT", `/api/sitreps/${edited.id}`, { version: 3, document: published.document }],
      ["POST", `/api/sitreps/${edited.id}/refresh`, { version: 3 }],
      ["POST", `/api/sitreps/${edited.id}/publish`, { version: 3 }],
    ] as const) {
      const refused = await call(method, url, me, payload);
      expect([url, refused.statusCode, errorOf(refused).fields?.[0]?.problem]).toEqual([url, 409, "sitrep_published"]);
      expect(errorOf(refused).fields?.[0]?.message).toBe("This report is published and can no longer be changed.");
    }
    const now = (await call("GET", `/api/sitreps/${edited.id}`, me)).json() as SitrepDetail;
    expect(now.currentVersion).toBe(3);
  });

  it("lists the organisation's reports, most recently changed first, in keyset pages", async () => {
    const first = await call("GET", "/api/sitreps?limit=1", me);
    expect(first.statusCode).toBe(200);
    const page1 = first.json() as { items: { id: string }[]; nextCursor: string | null };
    expect(page1.items.map((item) => item.id)).toEqual([edited.id]);
    const second = await call("GET", `/api/sitreps?limit=1&cursor=${page1.nextCursor}`, me);
    const page2 = second.json() as { items: { id: string }[]; nextCursor: string | null };
    expect(page2.items.map((item) => item.id)).toEqual([untouched.id]);
    expect((await call("GET", "/api/sitreps?cursor=not-a-cursor", me)).statusCode).toBe(400);
    const theirs = (await call("GET", "/api/sitreps", outsider)).json() as { items: { id: string }[] };
    expect(theirs.items.map((item) => item.id)).not.toContain(edited.id);
  });

  it("lets supervisors and M&E officers in, keeps caseworkers out (403) and other organisations out (404)", async () => {
    expect((await call("GET", "/api/sitreps", caseworker)).statusCode).toBe(403);
    expect((await call("GET", `/api/sitreps/${untouched.id}`, caseworker)).statusCode).toBe(403);
    const body = { fromMonth: "2012-03", toMonth: "2012-03", language: "en" };
    expect((await call("POST", "/api/sitreps", caseworker, body)).statusCode).toBe(403);
    expect((await call("POST", `/api/sitreps/${untouched.id}/publish`, caseworker, { version: 2 })).statusCode).toBe(
      403,
    );
    const current = (await call("GET", `/api/sitreps/${untouched.id}`, supervisor)).json() as SitrepDetail;
    for (const [method, url, payload] of [
      ["GET", `/api/sitreps/${untouched.id}`, undefined],
      ["PUT", `/api/sitreps/${untouched.id}`, { version: current.currentVersion, document: current.document }],
      ["POST", `/api/sitreps/${untouched.id}/refresh`, { version: current.currentVersion }],
      ["POST", `/api/sitreps/${untouched.id}/publish`, { version: current.currentVersion }],
    ] as const) {
      const response = await call(method, url, outsider, payload);
      expect([method, url, response.statusCode]).toEqual([method, url, 404]);
    }
    const after = (await call("GET", `/api/sitreps/${untouched.id}`, supervisor)).json() as SitrepDetail;
    expect(after.currentVersion).toBe(current.currentVersion);
    expect(after.status).toBe("draft");
  });

  it("audits creating, reading and refused attempts", async () => {
    const seq = await lastAuditSeq(ctx.testApp);
    const made = await create();
    await call("GET", `/api/sitreps/${made.id}?version=1`, me);
    await call("GET", `/api/sitreps/${made.id}`, caseworker);
    const entries = await auditEntriesAfter(ctx.testApp, seq);
    const summary = entries.map((e) => [e.action, e.outcome, e.record_id]);
    expect(summary).toContainEqual(["sitrep.create", "allowed", made.id]);
    expect(summary).toContainEqual(["sitrep.read", "allowed", made.id]);
    expect(entries.some((e) => e.action === "sitrep.read" && e.outcome === "denied")).toBe(true);
  });
});
