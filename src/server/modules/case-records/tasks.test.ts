import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayIso } from "../../../shared/dates.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, errorOf, lastAuditSeq, send, type TestSession } from "../../testing/http.js";
import { countOf, type DemoContext, foreignUser, type OpenedCase, openCase } from "./case-records.fixture.js";

interface ApiTask {
  id: string;
  caseId: string;
  caseNumber: string;
  title: string | null;
  dueOn: string;
  assigneeUserId: string | null;
  done: boolean;
  doneAt: string | null;
  overdue: boolean;
}
interface TaskPage {
  items: ApiTask[];
  nextCursor: string | null;
}

describe.each(testDatabaseKinds())("follow-up tasks (%s)", (kind) => {
  let ctx: DemoContext;
  let caseworker: TestSession;
  let supervisor: TestSession;
  let caseA: OpenedCase;
  let caseB: OpenedCase;
  const userIdOf = async (email: string) =>
    (
      await ctx.testApp.services.database.db
        .selectFrom("users")
        .select("id")
        .where("email", "=", email)
        .executeTakeFirstOrThrow()
    ).id;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    supervisor = await ctx.sessions.of("supervisor");
    caseA = await openCase(ctx.app, caseworker, "Shevchenko");
    caseB = await openCase(ctx.app, caseworker, "Marchenko");
  });
  afterAll(() => ctx.testApp.close());

  const today = todayIso();
  const addTask = (payload: unknown, session = caseworker, caseId = caseA.id) =>
    send(ctx.app, { method: "POST", url: `/api/cases/${caseId}/tasks`, session, payload });
  const patchTask = (id: string, payload: unknown, session = caseworker) =>
    send(ctx.app, { method: "PATCH", url: `/api/tasks/${id}`, session, payload });
  const workList = async (query: string, session = caseworker) => {
    const response = await send(ctx.app, { method: "GET", url: `/api/tasks${query}`, session });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as TaskPage;
  };
  /** Moves a task's due date as the database owner: the API refuses new tasks due in the past. */
  const backdate = (id: string, dueOn: string) =>
    ctx.testApp.services.database.db.updateTable("tasks").set({ due_on: dueOn }).where("id", "=", id).execute();

  it("adds a task assigned to its creator by default, sealed, with the case's number", async () => {
    const response = await addTask({ title: "Call the shelter about a bed", dueOn: addDays(today, 3) });
    expect(response.statusCode, response.body).toBe(201);
    const task = response.json() as ApiTask;
    expect(task).toMatchObject({
      caseId: caseA.id,
      caseNumber: caseA.caseNumber,
      title: "Call the shelter about a bed",
      assigneeUserId: await userIdOf(ctx.demo.accountOf("caseworker").email),
      done: false,
      overdue: false,
    });
    const raw = await ctx.testApp.services.database.db
      .selectFrom("tasks")
      .select("title")
      .where("id", "=", task.id)
      .executeTakeFirstOrThrow();
    expect(raw.title).not.toContain("shelter");
    const history = await ctx.testApp.services.database.db
      .selectFrom("case_history")
      .select("changes")
      .where("case_id", "=", caseA.id)
      .where("action", "=", "task.added")
      .executeTakeFirstOrThrow();
    expect(history.changes).toMatchObject({ title: true, dueOn: { from: null, to: addDays(today, 3) } });
    expect(JSON.stringify(history.changes)).not.toContain("shelter");
  });

  it("refuses a new task due more than a day ago, and an assignee outside the organisation", async () => {
    const count = await countOf(ctx, "tasks");
    const late = await addTask({ title: "Too late", dueOn: addDays(today, -2) });
    expect([late.statusCode, errorOf(late).fields?.[0]]).toEqual([
      400,
      expect.objectContaining({ field: "body.dueOn", problem: "in_past" }),
    ]);
    const other = await foreignUser(ctx);
    const foreign = await addTask({ title: "Elsewhere", dueOn: today, assigneeUserId: other.user.id });
    expect([foreign.statusCode, errorOf(foreign).fields?.[0]?.field, errorOf(foreign).fields?.[0]?.problem]).toEqual([
      400,
      "body.assigneeUserId",
      "unknown_user",
    ]);
    expect(await countOf(ctx, "tasks")).toBe(count);
    // Yesterday is still accepted: east of UTC it may be today.
    expect((await addTask({ title: "Yesterday", dueOn: addDays(today, -1) })).statusCode).toBe(201);
  });

  it("updates title, due date (even in the past), assignee and done, recording each in the history", async () => {
    const created = (await addTask({ title: "Book interpreter", dueOn: addDays(today, 1) })).json() as ApiTask;
    const supervisorId = await userIdOf(ctx.demo.accountOf("supervisor").email);
    const response = await patchTask(created.id, {
      title: "Book a Ukrainian interpreter",
      dueOn: addDays(today, -5),
      assigneeUserId: supervisorId,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      title: "Book a Ukrainian interpreter",
      dueOn: addDays(today, -5),
      assigneeUserId: supervisorId,
      overdue: true,
    });
    const done = (await patchTask(created.id, { done: true })).json() as ApiTask;
    expect([done.done, done.overdue, done.doneAt !== null]).toEqual([true, false, true]);
    const reopened = (await patchTask(created.id, { done: false })).json() as ApiTask;
    expect([reopened.done, reopened.doneAt]).toEqual([false, null]);
    const history = await ctx.testApp.services.database.db
      .selectFrom("case_history")
      .select("changes")
      .where("case_id", "=", caseA.id)
      .where("action", "=", "task.updated")
      .orderBy("at")
      .execute();
    expect(history.map((h) => h.changes)).toEqual([
      {
        title: true,
        dueOn: { from: addDays(today, 1), to: addDays(today, -5) },
        assigneeUserId: { from: expect.any(String), to: supervisorId },
      },
      { done: { from: false, to: true } },
      { done: { from: true, to: false } },
    ]);
    const empty = await patchTask(created.id, {});
    expect(empty.statusCode).toBe(400);
  });

  it("lists the case's tasks by due date", async () => {
    const response = await send(ctx.app, { method: "GET", url: `/api/cases/${caseA.id}/tasks`, session: caseworker });
    expect(response.statusCode).toBe(200);
    const { items } = response.json() as TaskPage;
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.every((t) => t.caseId === caseA.id && t.caseNumber === caseA.caseNumber)).toBe(true);
    const dates = items.map((t) => t.dueOn);
    expect(dates).toEqual([...dates].sort());
  });

  it("lists my tasks, the team's and all, and only overdue ones when asked, paging by due date", async () => {
    const supervisorId = await userIdOf(ctx.demo.accountOf("supervisor").email);
    const mineLate = (await addTask({ title: "Mine, late", dueOn: today }, caseworker, caseB.id)).json() as ApiTask;
    await backdate(mineLate.id, addDays(today, -10));
    const mineDoneLate = (await addTask({ title: "Mine, done", dueOn: today }, caseworker, caseB.id)).json() as ApiTask;
    await backdate(mineDoneLate.id, addDays(today, -9));
    await patchTask(mineDoneLate.id, { done: true });
    const theirs = (
      await addTask(
        { title: "Supervisor's", dueOn: addDays(today, 2), assigneeUserId: supervisorId },
        caseworker,
        caseB.id,
      )
    ).json() as ApiTask;

    const mine = await workList("?limit=200");
    expect(mine.items.map((t) => t.title)).toContain("Mine, late");
    expect(mine.items.map((t) => t.id)).not.toContain(theirs.id);
    expect(mine.items.map((t) => t.id)).not.toContain(mineDoneLate.id);
    const late = mine.items.find((t) => t.id === mineLate.id);
    expect(late).toMatchObject({ caseId: caseB.id, caseNumber: caseB.caseNumber, overdue: true });

    const overdue = await workList("?overdue=true&limit=200");
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(overdue.items.every((t) => t.overdue && !t.done && t.dueOn < today)).toBe(true);
    expect(overdue.items.map((t) => t.id)).toContain(mineLate.id);

    const supervisorsOwn = await workList("?limit=200", supervisor);
    expect(supervisorsOwn.items.map((t) => t.id)).toEqual(expect.arrayContaining([theirs.id]));
    expect(supervisorsOwn.items.map((t) => t.id)).not.toContain(mineLate.id);
    const team = await workList("?scope=team&limit=200");
    expect(team.items.map((t) => t.id)).toEqual(expect.arrayContaining([mineLate.id, theirs.id]));
    const all = await workList("?scope=all&status=all&limit=200", supervisor);
    expect(all.items.map((t) => t.id)).toEqual(expect.arrayContaining([mineLate.id, mineDoneLate.id, theirs.id]));

    const first = await workList("?scope=all&limit=2", supervisor);
    expect(first.items).toHaveLength(2);
    const second = await workList(`?scope=all&limit=2&cursor=${first.nextCursor}`, supervisor);
    const seen = [...first.items, ...second.items];
    expect(new Set(seen.map((t) => t.id)).size).toBe(seen.length);
    const keys = seen.map((t) => `${t.dueOn} ${t.id}`);
    expect(keys).toEqual([...keys].sort());
    const bad = await send(ctx.app, { method: "GET", url: "/api/tasks?cursor=WyJ4IiwieSJd", session: caseworker });
    expect([bad.statusCode, errorOf(bad).fields?.[0]?.field]).toEqual([400, "query.cursor"]);
  });

  it("audits the work list with every case it showed", async () => {
    const seq = await lastAuditSeq(ctx.testApp);
    const { items } = await workList("?scope=all&status=all&limit=200");
    const entry = (await auditEntriesAfter(ctx.testApp, seq)).find((e) => e.action === "task.worklist");
    expect(entry?.record_type).toBe("case");
    expect(new Set(entry?.record_ids)).toEqual(new Set(items.map((t) => t.caseId)));
  });

  it("shows nothing to the M&E officer (403) nor to the partner caseworker (404, empty list)", async () => {
    const anyTask = (await addTask({ title: "Visible?", dueOn: today })).json() as ApiTask;
    const me = await ctx.sessions.of("me_officer");
    expect((await send(ctx.app, { method: "GET", url: "/api/tasks", session: me })).statusCode).toBe(403);
    expect((await send(ctx.app, { method: "GET", url: `/api/cases/${caseA.id}/tasks`, session: me })).statusCode).toBe(
      403,
    );
    expect((await patchTask(anyTask.id, { done: true }, me)).statusCode).toBe(403);
    // The hotline team writes its own cases only: another team's case is out of reach.
    const hotline = await ctx.sessions.of("hotline_operator");
    expect((await addTask({ title: "x", dueOn: today }, hotline)).statusCode).toBe(404);
    const partner = await ctx.sessions.of("partner_caseworker");
    expect((await workList("?scope=all&status=all", partner)).items).toEqual([]);
    expect(
      (await send(ctx.app, { method: "GET", url: `/api/cases/${caseA.id}/tasks`, session: partner })).statusCode,
    ).toBe(404);
    expect((await patchTask(anyTask.id, { done: true }, partner)).statusCode).toBe(404);
    expect((await addTask({ title: "x", dueOn: today }, partner)).statusCode).toBe(404);
  });

  it("answers 404 for another organisation's task and leaves it unchanged", async () => {
    const other = await foreignUser(ctx);
    const foreignCase = await openCase(ctx.app, other.session, "Ionescu");
    const foreignTask = (
      await addTask({ title: "Their task", dueOn: addDays(today, 4) }, other.session, foreignCase.id)
    ).json() as ApiTask;
    const response = await patchTask(foreignTask.id, { done: true, title: "Hijacked", dueOn: today }, supervisor);
    expect(response.statusCode).toBe(404);
    const theirs = await workList("?scope=all&status=all", other.session);
    expect(theirs.items).toEqual([
      expect.objectContaining({ id: foreignTask.id, title: "Their task", dueOn: addDays(today, 4), done: false }),
    ]);
    const all = await workList("?scope=all&status=all&limit=200", supervisor);
    expect(all.items.map((t) => t.id)).not.toContain(foreignTask.id);
  });
});
