import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OfficeDetail, PeriodSummary } from "../../../shared/api/offices.js";
import { systemActor } from "../../access/actor.js";
import { AppError } from "../../access/errors.js";
import { runScoped } from "../../access/scoped-db.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, errorOf, lastAuditSeq, send, type TestSession } from "../../testing/http.js";
import { otherOrganisationAdmin } from "../directory/directory.fixture.js";
import { addOffice, type DemoContext, fieldsOf } from "../offices/offices.fixture.js";
import { assertMonthOpen } from "./period-lock.js";
import { insertActivity, setActivityStatus } from "./periods.fixture.js";

const MONTH = "2025-11";
const FUTURE = `${new Date().getUTCFullYear() + 1}-01`;

describe.each(testDatabaseKinds())("reporting periods (%s)", (kind) => {
  let ctx: DemoContext;
  let admin: TestSession;
  let supervisor: TestSession;
  let supervisorName: string;

  const call = (method: "GET" | "POST" | "PATCH", url: string, session: TestSession, payload?: unknown) =>
    send(ctx.app, { method, url, session, ...(payload === undefined ? {} : { payload }) });
  const lock = (session: TestSession, officeId: string, month = MONTH) =>
    call("POST", "/api/reporting-periods/lock", session, { officeId, month });
  const unlock = (session: TestSession, body: Record<string, unknown>) =>
    call("POST", "/api/reporting-periods/unlock", session, body);
  const summaryOf = async (session: TestSession, officeId: string, month = MONTH) => {
    const response = await call("GET", `/api/reporting-periods?month=${month}`, session);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { items: PeriodSummary[] }).items.find((item) => item.officeId === officeId);
  };
  const activity = (officeId: string, status: "draft" | "submitted" | "approved", month = MONTH) =>
    insertActivity(ctx.testApp, { organisationId: ctx.demo.mainOrganisationId, officeId, month, status });

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    admin = await ctx.sessions.of("organisation_admin");
    supervisor = await ctx.sessions.of("supervisor");
    const row = await ctx.testApp.services.database.db
      .selectFrom("users")
      .select("display_name")
      .where("email", "=", ctx.demo.accountOf("supervisor").email)
      .executeTakeFirstOrThrow();
    supervisorName = row.display_name;
  });
  afterAll(() => ctx.testApp.close());

  it("refuses to lock a month while any of its activities is a draft or submitted, then locks it, audited", async () => {
    const office = await addOffice(ctx.app, admin, { name: "Warszawa Reporting Office" });
    const neighbour = await addOffice(ctx.app, admin, { name: "Neighbour Office" });
    const draft = await activity(office.id, "draft");
    const submitted = await activity(office.id, "submitted");
    await activity(office.id, "approved");
    // Neither another month nor another office holds this month back.
    await activity(office.id, "draft", "2025-10");
    await activity(neighbour.id, "draft");
    expect(await summaryOf(supervisor, office.id)).toMatchObject({
      officeName: "Warszawa Reporting Office",
      month: MONTH,
      locked: false,
      lockedAt: null,
      lockedBy: null,
      counts: { draft: 1, submitted: 1, approved: 1 },
      events: [],
    });

    const two = await lock(supervisor, office.id);
    expect([two.statusCode, fieldsOf(two)]).toEqual([409, [["body.month", "activities_not_approved"]]]);
    expect(errorOf(two).fields?.[0]?.message).toMatch(/^2 activities of this month are not approved/);
    await setActivityStatus(ctx.testApp, draft, "approved");
    const one = await lock(supervisor, office.id);
    expect(errorOf(one).fields?.[0]?.message).toMatch(/^1 activity of this month is not approved/);
    expect((await summaryOf(supervisor, office.id))?.locked).toBe(false);

    await setActivityStatus(ctx.testApp, submitted, "approved");
    const seq = await lastAuditSeq(ctx.testApp);
    const locked = await lock(supervisor, office.id);
    expect(locked.statusCode, locked.body).toBe(200);
    const summary = locked.json() as PeriodSummary;
    expect(summary).toMatchObject({
      locked: true,
      lockedBy: supervisorName,
      counts: { draft: 0, submitted: 0, approved: 3 },
      events: [{ action: "locked", reason: null, actorName: supervisorName }],
    });
    expect(summary.lockedAt).not.toBeNull();
    expect(await summaryOf(await ctx.sessions.of("me_officer"), office.id)).toEqual(summary);
    const entries = (await auditEntriesAfter(ctx.testApp, seq)).filter((e) => e.action.startsWith("reporting_period"));
    expect(entries.map((e) => [e.action, e.record_type, e.record_id, e.detail])).toEqual([
      ["reporting_period.lock", "office", office.id, { month: MONTH }],
    ]);

    const again = await lock(supervisor, office.id);
    expect([again.statusCode, fieldsOf(again)]).toEqual([409, [["body.month", "already_locked"]]]);
    expect((await summaryOf(supervisor, neighbour.id))?.locked).toBe(false);
  });

  it("keeps activities of a locked month from changing until it is unlocked", async () => {
    const office = await addOffice(ctx.app, admin, { name: "Locked Month Office" });
    expect((await lock(supervisor, office.id)).statusCode).toBe(200);
    const check = () =>
      runScoped(
        ctx.testApp.services.database,
        systemActor("period-test", { organisationId: ctx.demo.mainOrganisationId }),
        { requestId: "period-test", clientIp: null, action: "test.period" },
        (db) => assertMonthOpen(db, office.id, `${MONTH}-01`, "body.endsOn"),
      );
    const refused = await check().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).fields).toEqual([
      { field: "body.endsOn", problem: "period_locked", params: { month: MONTH } },
    ]);
    await unlock(supervisor, { officeId: office.id, month: MONTH, reason: "Late attendance sheet" });
    await expect(check()).resolves.toBeUndefined();
  });

  it("unlocks a locked month only with a reason, kept in its events and the audit trail", async () => {
    const office = await addOffice(ctx.app, admin, { name: "Unlocking Office" });
    await activity(office.id, "approved");
    const notLocked = await unlock(supervisor, { officeId: office.id, month: MONTH, reason: "Correction" });
    expect([notLocked.statusCode, fieldsOf(notLocked)]).toEqual([409, [["body.month", "not_locked"]]]);
    expect((await lock(supervisor, office.id)).statusCode).toBe(200);

    const noReason = await unlock(supervisor, { officeId: office.id, month: MONTH });
    const blank = await unlock(supervisor, { officeId: office.id, month: MONTH, reason: "   " });
    expect([noReason.statusCode, fieldsOf(noReason), blank.statusCode, fieldsOf(blank)]).toEqual([
      400,
      [["body.reason", "required"]],
      400,
      [["body.reason", "too_small"]],
    ]);
    expect((await summaryOf(supervisor, office.id))?.locked).toBe(true);

    const seq = await lastAuditSeq(ctx.testApp);
    const reason = "Training participants were counted twice";
    const unlocked = await unlock(supervisor, { officeId: office.id, month: MONTH, reason });
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    expect(unlocked.json()).toMatchObject({
      locked: false,
      lockedAt: null,
      lockedBy: null,
      events: [
        { action: "unlocked", reason, actorName: supervisorName },
        { action: "locked", reason: null, actorName: supervisorName },
      ],
    });
    const entries = (await auditEntriesAfter(ctx.testApp, seq)).filter((e) => e.action.startsWith("reporting_period"));
    expect(entries.map((e) => [e.action, e.record_id, e.reason, e.detail])).toEqual([
      ["reporting_period.unlock", office.id, reason, { month: MONTH, reason }],
    ]);
    const rows = await ctx.testApp.services.database.db
      .selectFrom("period_events")
      .select(["action", "reason"])
      .where("office_id", "=", office.id)
      .orderBy("created_at")
      .execute();
    expect(rows).toEqual([
      { action: "locked", reason: null },
      { action: "unlocked", reason },
    ]);
    // Locked again: the same row of the month, a third event.
    expect(((await lock(supervisor, office.id)).json() as PeriodSummary).events.map((e) => e.action)).toEqual([
      "locked",
      "unlocked",
      "locked",
    ]);
  });

  it("refuses months that have not begun and malformed months", async () => {
    const office = await addOffice(ctx.app, admin, { name: "Future Office" });
    const list = await call("GET", `/api/reporting-periods?month=${FUTURE}`, supervisor);
    const locking = await lock(supervisor, office.id, FUTURE);
    const malformed = await lock(supervisor, office.id, "2025-13");
    expect([list.statusCode, fieldsOf(list), locking.statusCode, fieldsOf(locking), malformed.statusCode]).toEqual([
      400,
      [["query.month", "future_month"]],
      400,
      [["body.month", "future_month"]],
      400,
    ]);
  });

  it("lets readers see the months, only supervisors lock them, and no one another organisation's", async () => {
    // Created first, so that the office retired below is not the organisation's only (main) office.
    await addOffice(ctx.app, admin, { name: "Spare Office" });
    const office = await addOffice(ctx.app, admin, { name: "Permission Office" });
    for (const role of ["me_officer", "caseworker"] as const) {
      expect((await summaryOf(await ctx.sessions.of(role), office.id))?.locked).toBe(false);
    }
    expect((await call("GET", `/api/reporting-periods?month=${MONTH}`, admin)).statusCode).toBe(403);
    const me = await ctx.sessions.of("me_officer");
    const denied = [
      await lock(me, office.id),
      await unlock(me, { officeId: office.id, month: MONTH, reason: "Not allowed" }),
    ];
    expect(denied.map((response) => [response.statusCode, errorOf(response).code])).toEqual([
      [403, "forbidden"],
      [403, "forbidden"],
    ]);

    const other = await otherOrganisationAdmin(ctx);
    const theirs = await addOffice(ctx.app, other.session, { name: "Their Reporting Office" });
    const elsewhere = [
      await lock(supervisor, theirs.id),
      await unlock(supervisor, { officeId: theirs.id, month: MONTH, reason: "Not ours" }),
      await lock(supervisor, crypto.randomUUID()),
    ];
    expect(elsewhere.map((response) => response.statusCode)).toEqual([404, 404, 404]);
    const rows = await ctx.testApp.services.database.db
      .selectFrom("reporting_periods")
      .select("office_id")
      .where("office_id", "in", [theirs.id, office.id])
      .execute();
    expect(rows).toEqual([]);
    const list = (await call("GET", `/api/reporting-periods?month=${MONTH}`, supervisor)).json() as {
      items: PeriodSummary[];
    };
    expect(list.items.map((item) => item.officeId)).not.toContain(theirs.id);
    const retired = (
      await call("PATCH", `/api/offices/${office.id}`, admin, { version: 1, retired: true })
    ).json() as OfficeDetail;
    expect(retired.retired).toBe(true);
    expect(await summaryOf(supervisor, office.id)).toBeUndefined();
  });
});
