import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayIso } from "../../../shared/dates.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, errorOf, send, type TestSession } from "../../testing/http.js";
import { countOf, type DemoContext, type OpenedCase, openCase, tinyPng, upload } from "./case-records.fixture.js";

describe.each(testDatabaseKinds())("notes, tasks and attachments after erasure (%s)", (kind) => {
  let ctx: DemoContext;
  let caseworker: TestSession;
  let theCase: OpenedCase;
  let taskId: string;
  let attachmentId: string;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    theCase = await openCase(ctx.app, caseworker, "Tkachenko");
    const post = (what: string, payload: unknown) =>
      send(ctx.app, { method: "POST", url: `/api/cases/${theCase.id}/${what}`, session: caseworker, payload });
    expect((await post("notes", { text: "Lives with her aunt in Lviv." })).statusCode).toBe(201);
    taskId = ((await post("tasks", { title: "Visit the aunt", dueOn: todayIso() })).json() as { id: string }).id;
    const file = await upload(ctx.app, caseworker, theCase.id, {
      filename: "aunt.png",
      contentType: "image/png",
      content: tinyPng(),
    });
    attachmentId = (file.json() as { id: string }).id;
    const erased = await send(ctx.app, {
      method: "POST",
      url: `/api/people/${theCase.personId}/erase`,
      session: await ctx.sessions.of("supervisor"),
      payload: { reason: "Requested by the person" },
    });
    expect(erased.statusCode, erased.body).toBe(200);
  });
  afterAll(() => ctx.testApp.close());

  const get = (url: string) => send(ctx.app, { method: "GET", url, session: caseworker });

  it("reads the sealed text as null and keeps the clear facts", async () => {
    const notes = (await get(`/api/cases/${theCase.id}/notes`)).json() as { items: { text: string | null }[] };
    expect(notes.items).toEqual([expect.objectContaining({ text: null })]);
    const tasks = (await get(`/api/cases/${theCase.id}/tasks`)).json() as { items: unknown[] };
    expect(tasks.items).toEqual([expect.objectContaining({ id: taskId, title: null, dueOn: todayIso() })]);
    const mine = (await get("/api/tasks")).json() as { items: { id: string; title: string | null }[] };
    expect(mine.items.find((t) => t.id === taskId)?.title).toBeNull();
    const files = (await get(`/api/cases/${theCase.id}/attachments`)).json() as { items: unknown[] };
    expect(files.items).toEqual([
      expect.objectContaining({ id: attachmentId, fileName: null, mediaType: "image/png" }),
    ]);
  });

  it("answers 404 for the erased file's content", async () => {
    expect((await get(`/api/attachments/${attachmentId}`)).statusCode).toBe(404);
  });

  it("refuses new sealed text with case_erased, but still lets a task be marked done", async () => {
    const before = [await countOf(ctx, "case_notes"), await countOf(ctx, "tasks"), await countOf(ctx, "attachments")];
    const send_ = (method: "POST" | "PATCH", url: string, payload: unknown) =>
      send(ctx.app, { method, url, session: caseworker, payload });
    const note = await send_("POST", `/api/cases/${theCase.id}/notes`, { text: "More." });
    expect([note.statusCode, errorOf(note).fields?.[0]]).toEqual([
      400,
      expect.objectContaining({ field: "body.text", problem: "case_erased" }),
    ]);
    const task = await send_("POST", `/api/cases/${theCase.id}/tasks`, { title: "More", dueOn: todayIso() });
    expect([task.statusCode, errorOf(task).fields?.[0]?.problem]).toEqual([400, "case_erased"]);
    const retitle = await send_("PATCH", `/api/tasks/${taskId}`, { title: "New title" });
    expect([retitle.statusCode, errorOf(retitle).fields?.[0]?.field]).toEqual([400, "body.title"]);
    const file = await upload(ctx.app, caseworker, theCase.id, {
      filename: "b.png",
      contentType: "image/png",
      content: tinyPng(),
    });
    expect([file.statusCode, errorOf(file).fields?.[0]?.problem]).toEqual([400, "case_erased"]);
    expect([await countOf(ctx, "case_notes"), await countOf(ctx, "tasks"), await countOf(ctx, "attachments")]).toEqual(
      before,
    );
    const done = await send_("PATCH", `/api/tasks/${taskId}`, { done: true });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ done: true, title: null });
  });
});
