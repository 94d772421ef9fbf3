import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActivityDetail, ActivitySummary } from "../../../shared/api/activities.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, errorOf, lastAuditSeq, send, type TestSession } from "../../testing/http.js";
import type { DemoContext } from "../case-records/case-records.fixture.js";
import {
  activityInput,
  insertOffice,
  lockMonth,
  photoUpload,
  postActivity,
  recordActivity,
  upload,
} from "./activities.fixture.js";

const conflictOf = (response: LightMyRequestResponse) => {
  const error = errorOf(response);
  return [response.statusCode, error.code, error.fields?.[0]?.field, error.fields?.[0]?.problem];
};

describe.each(testDatabaseKinds())("activity approval and locked months (%s)", (kind) => {
  let ctx: DemoContext;
  let me: TestSession;
  let supervisor: TestSession;
  let officeId: string;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    [me, supervisor] = await Promise.all([ctx.sessions.of("me_officer"), ctx.sessions.of("supervisor")]);
    officeId = await insertOffice(ctx.testApp.services.database, ctx.demo.mainOrganisationId);
  });
  afterAll(() => ctx.testApp.close());

  const step = (id: string, name: string, session: TestSession, payload: Record<string, unknown>) =>
    send(ctx.app, { method: "POST", url: `/api/activities/${id}/${name}`, session, payload });
  const read = async (id: string, session = me) =>
    (await send(ctx.app, { method: "GET", url: `/api/activities/${id}`, session })).json() as ActivityDetail;
  const patch = (id: string, payload: Record<string, unknown>) =>
    send(ctx.app, { method: "PATCH", url: `/api/activities/${id}`, session: me, payload });

  it("goes from draft to submitted to approved, and back to draft with the reason", async () => {
    const created = await recordActivity(ctx.app, me, activityInput(officeId, "training"));
    const seq = await lastAuditSeq(ctx.testApp);
    const submitted = await step(created.id, "submit", me, { version: 1 });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({
      status: "submitted",
      submittedBy: "Sofia Melnyk",
      version: 2,
      can: { edit: false, submit: false, approve: false, return: false },
    });
    expect((await read(created.id, supervisor)).can).toEqual({
      edit: false,
      submit: false,
      approve: true,
      return: true,
    });

    const byOfficer = await step(created.id, "approve", me, { version: 2 });
    expect([byOfficer.statusCode, errorOf(byOfficer).code]).toEqual([403, "forbidden"]);
    const approved = await step(created.id, "approve", supervisor, { version: 2 });
    expect(approved.statusCode, approved.body).toBe(200);
    const detail = approved.json() as ActivityDetail;
    expect([detail.status, detail.approvedBy, detail.version]).toEqual(["approved", "Marek Zielinski", 3]);
    expect(Date.parse(detail.approvedAt ?? "")).not.toBeNaN();

    const noReason = await step(created.id, "return", supervisor, { version: 3 });
    expect(conflictOf(noReason)).toEqual([400, "validation", "body.reason", "required"]);
    const returned = await step(created.id, "return", supervisor, { version: 3, reason: "Add the pre-test scores" });
    expect(returned.json()).toMatchObject({
      status: "draft",
      returnedReason: "Add the pre-test scores",
      approvedAt: null,
      approvedBy: null,
      version: 4,
    });
    expect((await patch(created.id, { narrative: "With scores.", version: 4 })).statusCode).toBe(200);
    const again = await step(created.id, "submit", me, { version: 5 });
    expect(again.json()).toMatchObject({ status: "submitted", returnedReason: null, version: 6 });

    const actions = (await auditEntriesAfter(ctx.testApp, seq))
      .filter((entry) => entry.record_id === created.id && entry.outcome === "allowed")
      .map((entry) => entry.action);
    expect(actions).toEqual([
      "activity.submit",
      "activity.approve",
      "activity.return",
      "activity.update",
      "activity.submit",
    ]);
  });

  it("refuses steps out of order, at a stale version, and changes of what is not a draft", async () => {
    const created = await recordActivity(ctx.app, me, activityInput(officeId, "coordination"));
    expect(conflictOf(await step(created.id, "approve", supervisor, { version: 1 }))).toEqual([
      409,
      "conflict",
      "params.id",
      "activity_not_submitted",
    ]);
    expect(conflictOf(await step(created.id, "return", supervisor, { version: 1, reason: "Why?" }))).toEqual([
      409,
      "conflict",
      "params.id",
      "activity_already_draft",
    ]);
    expect(conflictOf(await step(created.id, "submit", me, { version: 7 }))).toEqual([
      409,
      "conflict",
      undefined,
      undefined,
    ]);
    expect((await step(created.id, "submit", me, { version: 1 })).statusCode).toBe(200);
    expect(conflictOf(await step(created.id, "submit", me, { version: 2 }))).toEqual([
      409,
      "conflict",
      "params.id",
      "not_draft",
    ]);
    expect(conflictOf(await patch(created.id, { title: "Changed after submitting", version: 2 }))).toEqual([
      409,
      "conflict",
      "params.id",
      "not_draft",
    ]);
    expect((await read(created.id)).title).toBe("Fixture coordination");
  });

  it("refuses to record, change or move anything in a locked month, or a step of it (409 period_locked)", async () => {
    const office = await insertOffice(ctx.testApp.services.database, ctx.demo.mainOrganisationId);
    const inMonth = { startsOn: "2026-02-02", endsOn: "2026-02-10" };
    const draft = await recordActivity(ctx.app, me, { ...activityInput(office, "training"), ...inMonth });
    const submitted = await recordActivity(ctx.app, me, { ...activityInput(office, "research"), ...inMonth });
    await step(submitted.id, "submit", me, { version: 1 });
    const approved = await recordActivity(ctx.app, me, { ...activityInput(office, "guidance"), ...inMonth });
    await step(approved.id, "submit", me, { version: 1 });
    await step(approved.id, "approve", supervisor, { version: 2 });
    const elsewhere = await recordActivity(ctx.app, me, {
      ...activityInput(office, "awareness"),
      endsOn: "2026-03-05",
    });
    await lockMonth(ctx.testApp.services.database, ctx.demo.mainOrganisationId, office, "2026-02");

    const created = await postActivity(ctx.app, me, { ...activityInput(office, "training"), ...inMonth });
    expect(conflictOf(created)).toEqual([409, "conflict", "body.endsOn", "period_locked"]);
    expect(errorOf(created).fields?.[0]?.message).toContain("2026-02");

    const locked = "params.id";
    expect(conflictOf(await patch(draft.id, { title: "Changed", version: 1 }))).toEqual([
      409,
      "conflict",
      locked,
      "period_locked",
    ]);
    expect(conflictOf(await step(draft.id, "submit", me, { version: 1 }))[3]).toBe("period_locked");
    expect(conflictOf(await step(submitted.id, "approve", supervisor, { version: 2 }))[3]).toBe("period_locked");
    expect(conflictOf(await step(approved.id, "return", supervisor, { version: 3, reason: "Late fix" }))[3]).toBe(
      "period_locked",
    );
    expect(conflictOf(await upload(ctx.app, me, `/api/activities/${draft.id}/photos`, photoUpload()))[3]).toBe(
      "period_locked",
    );

    // Out of an open month into the locked one: by its end date, or by its office.
    expect(conflictOf(await patch(elsewhere.id, { startsOn: "2026-02-01", endsOn: "2026-02-20", version: 1 }))).toEqual(
      [409, "conflict", "body.endsOn", "period_locked"],
    );
    const other = await recordActivity(ctx.app, me, { ...activityInput(officeId, "awareness"), ...inMonth });
    expect(conflictOf(await patch(other.id, { officeId: office, version: 1 }))).toEqual([
      409,
      "conflict",
      "body.officeId",
      "period_locked",
    ]);

    const after = await read(draft.id, supervisor);
    expect([after.title, after.version, after.locked, after.can]).toEqual([
      "Fixture training",
      1,
      true,
      { edit: false, submit: false, approve: false, return: false },
    ]);
    expect([(await read(submitted.id)).status, (await read(approved.id)).status]).toEqual(["submitted", "approved"]);
    const list = (
      await send(ctx.app, { method: "GET", url: `/api/activities?officeId=${office}`, session: me })
    ).json() as { items: ActivitySummary[] };
    expect(list.items.map((item) => [item.periodMonth, item.locked])).toEqual([
      ["2026-03", false],
      ["2026-02", true],
      ["2026-02", true],
      ["2026-02", true],
    ]);
  });
});
