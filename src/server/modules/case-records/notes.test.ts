import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, errorOf, lastAuditSeq, send, type TestSession } from "../../testing/http.js";
import { countOf, type DemoContext, foreignUser, type OpenedCase, openCase } from "./case-records.fixture.js";

interface NotePage {
  items: { id: string; text: string | null; authorName: string | null; createdAt: string }[];
  nextCursor: string | null;
}

describe.each(testDatabaseKinds())("case notes (%s)", (kind) => {
  let ctx: DemoContext;
  let caseworker: TestSession;
  let theCase: OpenedCase;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    theCase = await openCase(ctx.app, caseworker);
  });
  afterAll(() => ctx.testApp.close());

  const addNote = (text: unknown, session = caseworker, caseId = theCase.id) =>
    send(ctx.app, { method: "POST", url: `/api/cases/${caseId}/notes`, session, payload: { text } });
  const listNotes = (query = "", session = caseworker, caseId = theCase.id) =>
    send(ctx.app, { method: "GET", url: `/api/cases/${caseId}/notes${query}`, session });

  it("adds notes and lists them newest first, one keyset page at a time", async () => {
    for (const text of ["First visit: shelter place found.", "Second visit.", "Third visit."]) {
      const response = await addNote(text);
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({ text, caseId: theCase.id, authorName: "Olena Kovalenko" });
    }
    const first = await listNotes("?limit=2");
    expect(first.statusCode).toBe(200);
    const page1 = first.json() as NotePage;
    expect(page1.items.map((n) => n.text)).toEqual(["Third visit.", "Second visit."]);
    expect(page1.nextCursor).not.toBeNull();
    const page2 = (await listNotes(`?limit=2&cursor=${page1.nextCursor}`)).json() as NotePage;
    expect(page2.items.map((n) => n.text)).toEqual(["First visit: shelter place found."]);
    expect(page2.nextCursor).toBeNull();
  });

  it("keeps the note body sealed in the table, and only its field name in the history", async () => {
    const secret = "Met at the bus station near Przemysl, phone +48 600 100 200";
    const before = await ctx.testApp.services.database.db
      .selectFrom("cases")
      .select("updated_at")
      .where("id", "=", theCase.id)
      .executeTakeFirstOrThrow();
    const response = await addNote(secret);
    expect(response.statusCode).toBe(201);
    const { id } = response.json() as { id: string };
    const raw = await ctx.testApp.services.database.db
      .selectFrom("case_notes")
      .select("body")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(raw.body).not.toContain("Przemysl");
    expect(raw.body).not.toContain("600");
    expect(raw.body.startsWith("rk1.")).toBe(true);
    const history = await ctx.testApp.services.database.db
      .selectFrom("case_history")
      .select(["action", "changes"])
      .where("case_id", "=", theCase.id)
      .where("action", "=", "note.added")
      .execute();
    expect(history.length).toBeGreaterThan(0);
    expect(JSON.stringify(history)).not.toContain("Przemysl");
    expect(history[0]?.changes).toEqual({ text: true });
    const after = await ctx.testApp.services.database.db
      .selectFrom("cases")
      .select(["updated_at", "version"])
      .where("id", "=", theCase.id)
      .executeTakeFirstOrThrow();
    expect(after.updated_at.getTime()).toBeGreaterThan(before.updated_at.getTime());
  });

  it("audits the list and the addition against the case", async () => {
    const seq = await lastAuditSeq(ctx.testApp);
    await addNote("Follow-up call done.");
    await listNotes();
    const entries = await auditEntriesAfter(ctx.testApp, seq);
    const mine = entries.filter((e) => e.action === "note.add" || e.action === "note.list");
    expect(mine.map((e) => [e.action, e.record_type, e.record_id, e.outcome])).toEqual([
      ["note.add", "case", theCase.id, "allowed"],
      ["note.list", "case", theCase.id, "allowed"],
    ]);
    expect(JSON.stringify(entries)).not.toContain("Follow-up call done");
  });

  it("refuses an empty note, one over 10000 characters and control characters, naming the field", async () => {
    for (const text of ["   ", "x".repeat(10001), "bell\u0007"]) {
      const response = await addNote(text);
      expect(response.statusCode).toBe(400);
      expect(errorOf(response).fields?.[0]?.field).toBe("body.text");
    }
    expect((await addNote("x".repeat(10000))).statusCode).toBe(201);
  });

  it("refuses roles without the permission (403) and hides the case from those outside its scope (404)", async () => {
    const count = await countOf(ctx, "case_notes");
    const me = await ctx.sessions.of("me_officer");
    expect((await listNotes("", me)).statusCode).toBe(403);
    expect((await addNote("x", me)).statusCode).toBe(403);
    const admin = await ctx.sessions.of("organisation_admin");
    expect((await listNotes("", admin)).statusCode).toBe(403);
    const hotline = await ctx.sessions.of("hotline_operator");
    expect((await addNote("x", hotline)).statusCode).toBe(404);
    const partner = await ctx.sessions.of("partner_caseworker");
    expect((await listNotes("", partner)).statusCode).toBe(404);
    expect((await addNote("x", partner)).statusCode).toBe(404);
    expect(await countOf(ctx, "case_notes")).toBe(count);
  });

  it("answers 404 for another organisation's case and writes nothing to it", async () => {
    const other = await foreignUser(ctx);
    const foreignCase = await openCase(ctx.app, other.session, "Popescu");
    expect((await addNote("Their note.", other.session, foreignCase.id)).statusCode).toBe(201);
    const count = await countOf(ctx, "case_notes");
    const supervisor = await ctx.sessions.of("supervisor");
    expect((await listNotes("", supervisor, foreignCase.id)).statusCode).toBe(404);
    expect((await addNote("Intruding.", supervisor, foreignCase.id)).statusCode).toBe(404);
    expect(await countOf(ctx, "case_notes")).toBe(count);
    const theirs = (await listNotes("", other.session, foreignCase.id)).json() as NotePage;
    expect(theirs.items.map((n) => n.text)).toEqual(["Their note."]);
    // And the other way round: the foreign caseworker does not reach this organisation's case.
    expect((await listNotes("", other.session)).statusCode).toBe(404);
  });

  it("needs the CSRF token of a cookie session to add a note", async () => {
    const response = await send(ctx.app, {
      method: "POST",
      url: `/api/cases/${theCase.id}/notes`,
      session: caseworker,
      payload: { text: "No token." },
      csrf: false,
    });
    expect([response.statusCode, errorOf(response).code]).toEqual([403, "csrf_failed"]);
  });
});
