import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayIso } from "../../../shared/dates.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, lastAuditSeq, type TestSession } from "../../testing/http.js";
import { call, type DemoContext, historyOf, openCase, problemsOf } from "./assistance.fixture.js";

interface EventBody {
  id: string;
  eventType: string;
  occurredOn: string | null;
  country: string | null;
  city: string | null;
  street: string | null;
  latitude: number | null;
  description: string | null;
}

interface PlanBody {
  id: string;
  planType: string;
  objectives: string | null;
  actionPlan: string | null;
  actualEndOn: string | null;
}

const DESCRIPTION = "Met the recruiter at the bus station near the market";
const STREET = "Vulytsia Khreshchatyk 22";

describe.each(testDatabaseKinds())("trafficking events and support plans (%s)", (kind) => {
  let ctx: DemoContext;
  let caseworker: TestSession;
  let supervisor: TestSession;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    supervisor = await ctx.sessions.of("supervisor");
  });
  afterAll(() => ctx.testApp.close());

  it("seals the event's place and description, returns them, and keeps the figures in clear", async () => {
    const { id: caseId } = await openCase(ctx, caseworker);
    const event = await call<EventBody>(ctx, caseworker, "POST", `/api/cases/${caseId}/events`, 201, {
      eventType: "Recruitment",
      occurredOn: "2023-02-14",
      country: "UA",
      region: "Kyivska",
      city: "Kyiv",
      street: STREET,
      latitude: 50.45,
      longitude: 30.52,
      description: DESCRIPTION,
    });
    expect(event).toMatchObject({
      eventType: "Recruitment",
      street: STREET,
      latitude: 50.45,
      description: DESCRIPTION,
    });
    const raw = await ctx.testApp.services.database.db
      .selectFrom("trafficking_events")
      .selectAll()
      .where("id", "=", event.id)
      .executeTakeFirstOrThrow();
    expect(raw).toMatchObject({ event_type: "Recruitment", country: "UA", city: "Kyiv", occurred_on: "2023-02-14" });
    const stored = JSON.stringify(raw);
    expect(stored).not.toContain("bus station");
    expect(stored).not.toContain("Khreshchatyk");
    expect(stored).not.toContain("50.45");
    expect(raw.sealed).toMatch(/^rk1\./);
  });

  it("names the field of a bad event", async () => {
    const { id: caseId } = await openCase(ctx, caseworker);
    const url = `/api/cases/${caseId}/events`;
    expect(await problemsOf(ctx, caseworker, "POST", url, { eventType: "Smuggling" })).toEqual([
      "body.eventType unknown_value",
    ]);
    expect(await problemsOf(ctx, caseworker, "POST", url, { eventType: "Transit", country: "XX" })).toEqual([
      "body.country unknown_value",
    ]);
    expect(
      await problemsOf(ctx, caseworker, "POST", url, { eventType: "Transit", occurredOn: addDays(todayIso(), 2) }),
    ).toEqual(["body.occurredOn in_future"]);
    // A day of slack for time zones east of UTC.
    await call(ctx, caseworker, "POST", url, 201, { eventType: "Transit", occurredOn: addDays(todayIso(), 1) });
    expect(
      await problemsOf(ctx, caseworker, "POST", url, { eventType: "Transit", personId: crypto.randomUUID() }),
    ).toEqual(["body.personId not_linked"]);
  });

  it("accepts exploitation in a third country: no rule ties the places together", async () => {
    const { id: caseId, personId } = await openCase(ctx, caseworker);
    const url = `/api/cases/${caseId}/events`;
    await call(ctx, caseworker, "POST", url, 201, { eventType: "Recruitment", country: "MD", personId });
    await call(ctx, caseworker, "POST", url, 201, { eventType: "Transit", country: "RO", personId });
    await call(ctx, caseworker, "POST", url, 201, { eventType: "Exploitation", country: "TR", personId });
    const { items } = await call<{ items: EventBody[] }>(ctx, caseworker, "GET", url, 200);
    expect(items.map((e) => e.country)).toEqual(["MD", "RO", "TR"]);
  });

  it("lists events as a timeline: by date, undated last in the order recorded", async () => {
    const { id: caseId } = await openCase(ctx, caseworker);
    const url = `/api/cases/${caseId}/events`;
    await call(ctx, caseworker, "POST", url, 201, { eventType: "Exploitation", occurredOn: "2023-06-01" });
    await call(ctx, caseworker, "POST", url, 201, { eventType: "Transit", city: "first undated" });
    await call(ctx, caseworker, "POST", url, 201, { eventType: "Recruitment", occurredOn: "2023-01-10" });
    await call(ctx, caseworker, "POST", url, 201, { eventType: "Transit", city: "second undated" });
    await call(ctx, caseworker, "POST", url, 201, { eventType: "Transit", occurredOn: "2023-03-05" });
    const { items } = await call<{ items: EventBody[] }>(ctx, caseworker, "GET", url, 200);
    expect(items.map((e) => e.occurredOn ?? e.city)).toEqual([
      "2023-01-10",
      "2023-03-05",
      "2023-06-01",
      "first undated",
      "second undated",
    ]);
  });

  it("changes and removes an event, writing the case history without the sealed text", async () => {
    const { id: caseId } = await openCase(ctx, caseworker);
    const before = await call<{ updatedAt: string }>(ctx, caseworker, "GET", `/api/cases/${caseId}`, 200);
    const event = await call<EventBody>(ctx, caseworker, "POST", `/api/cases/${caseId}/events`, 201, {
      eventType: "Transit",
      country: "PL",
    });
    const afterAdd = await call<{ updatedAt: string }>(ctx, caseworker, "GET", `/api/cases/${caseId}`, 200);
    expect(afterAdd.updatedAt > before.updatedAt).toBe(true);
    const changed = await call<EventBody>(ctx, caseworker, "PATCH", `/api/trafficking-events/${event.id}`, 200, {
      country: "DE",
      description: DESCRIPTION,
    });
    expect(changed).toMatchObject({ eventType: "Transit", country: "DE", description: DESCRIPTION });
    const { items } = await call<{ items: EventBody[] }>(ctx, caseworker, "GET", `/api/cases/${caseId}/events`, 200);
    expect(items[0]?.description).toBe(DESCRIPTION);
    await call(ctx, caseworker, "DELETE", `/api/trafficking-events/${event.id}`, 204);
    await call(ctx, caseworker, "PATCH", `/api/trafficking-events/${event.id}`, 404, { country: "FR" });
    const history = await historyOf(ctx, caseworker, caseId);
    const byAction = Object.fromEntries(history.map((h) => [h.action, h.changes]));
    expect(byAction["event.added"]).toMatchObject({ eventId: event.id, eventType: { from: null, to: "Transit" } });
    expect(byAction["event.updated"]).toEqual({
      eventId: event.id,
      country: { from: "PL", to: "DE" },
      description: true,
    });
    expect(byAction["event.removed"]).toMatchObject({ eventId: event.id });
    expect(JSON.stringify(history)).not.toContain("bus station");
  });

  it("audits reads and writes against the case", async () => {
    const { id: caseId } = await openCase(ctx, caseworker);
    const seq = await lastAuditSeq(ctx.testApp);
    const event = await call<EventBody>(ctx, caseworker, "POST", `/api/cases/${caseId}/events`, 201, {
      eventType: "Recruitment",
      description: DESCRIPTION,
    });
    await call(ctx, caseworker, "GET", `/api/cases/${caseId}/events`, 200);
    const entries = await auditEntriesAfter(ctx.testApp, seq);
    const add = entries.find((e) => e.action === "event.add");
    const list = entries.find((e) => e.action === "event.list");
    expect(add).toMatchObject({ record_type: "case", record_id: caseId, outcome: "allowed" });
    expect(list).toMatchObject({ record_type: "case", record_id: caseId, record_ids: [event.id] });
    expect(JSON.stringify(entries)).not.toContain("bus station");
  });

  it("keeps support plans' objectives sealed and checks their dates against the case", async () => {
    const { id: caseId } = await openCase(ctx, caseworker, "2024-03-01");
    const url = `/api/cases/${caseId}/plans`;
    expect(await problemsOf(ctx, caseworker, "POST", url, { planType: "Therapy" })).toEqual([
      "body.planType unknown_value",
    ]);
    expect(await problemsOf(ctx, caseworker, "POST", url, { planType: "Health", actualEndOn: "2024-02-28" })).toEqual([
      "body.actualEndOn before_opened",
    ]);
    expect(
      await problemsOf(ctx, caseworker, "POST", url, { planType: "Health", actualEndOn: addDays(todayIso(), 3) }),
    ).toEqual(["body.actualEndOn in_future"]);
    expect(await problemsOf(ctx, caseworker, "POST", url, { planType: "Health", plannedEndOn: "31.12.2024" })).toEqual([
      "body.plannedEndOn date",
    ]);
    const plan = await call<PlanBody>(ctx, caseworker, "POST", url, 201, {
      planType: "Health",
      objectives: "Treatment of the untreated fracture",
      plannedEndOn: "2024-09-30",
    });
    const raw = await ctx.testApp.services.database.db
      .selectFrom("support_plans")
      .selectAll()
      .where("id", "=", plan.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(raw)).not.toContain("fracture");
    expect(raw.planned_end_on).toBe("2024-09-30");
    expect(
      await problemsOf(ctx, caseworker, "PATCH", `/api/support-plans/${plan.id}`, { actualEndOn: "2024-01-01" }),
    ).toEqual(["body.actualEndOn before_opened"]);
    const ended = await call<PlanBody>(ctx, caseworker, "PATCH", `/api/support-plans/${plan.id}`, 200, {
      actualEndOn: "2024-08-15",
      actionPlan: "Weekly physiotherapy",
    });
    expect(ended).toMatchObject({
      planType: "Health",
      objectives: "Treatment of the untreated fracture",
      actionPlan: "Weekly physiotherapy",
      actualEndOn: "2024-08-15",
    });
    const { items } = await call<{ items: PlanBody[] }>(ctx, caseworker, "GET", url, 200);
    expect(items.map((p) => p.id)).toEqual([plan.id]);
    const history = await historyOf(ctx, caseworker, caseId);
    expect(history.find((h) => h.action === "plan.added")?.changes).toMatchObject({
      planId: plan.id,
      objectives: true,
    });
    expect(history.find((h) => h.action === "plan.updated")?.changes).toEqual({
      planId: plan.id,
      actualEndOn: { from: null, to: "2024-08-15" },
      actionPlan: true,
    });
    expect(JSON.stringify(history)).not.toContain("physiotherapy");
  });

  it("after erasure shows sealed fields as null and refuses new sealed text", async () => {
    const { id: caseId, personId } = await openCase(ctx, caseworker);
    const event = await call<EventBody>(ctx, caseworker, "POST", `/api/cases/${caseId}/events`, 201, {
      eventType: "Exploitation",
      country: "TR",
      description: DESCRIPTION,
    });
    const plan = await call<PlanBody>(ctx, caseworker, "POST", `/api/cases/${caseId}/plans`, 201, {
      planType: "Legal",
      objectives: "Residence permit",
    });
    await call(ctx, supervisor, "POST", `/api/people/${personId}/erase`, 200, { reason: "Request of the person" });
    const { items } = await call<{ items: EventBody[] }>(ctx, caseworker, "GET", `/api/cases/${caseId}/events`, 200);
    expect(items).toEqual([
      expect.objectContaining({ id: event.id, eventType: "Exploitation", country: "TR", description: null }),
    ]);
    const plans = await call<{ items: PlanBody[] }>(ctx, caseworker, "GET", `/api/cases/${caseId}/plans`, 200);
    expect(plans.items[0]).toMatchObject({ planType: "Legal", objectives: null });
    expect(
      await problemsOf(ctx, caseworker, "POST", `/api/cases/${caseId}/events`, { eventType: "Transit", street: "x" }),
    ).toEqual(["body.street case_erased"]);
    expect(
      await problemsOf(ctx, caseworker, "PATCH", `/api/support-plans/${plan.id}`, { objectives: "New text" }),
    ).toEqual(["body.objectives case_erased"]);
    // Figures in clear may still be recorded and corrected.
    await call(ctx, caseworker, "POST", `/api/cases/${caseId}/events`, 201, { eventType: "Transit", country: "BG" });
    await call(ctx, caseworker, "PATCH", `/api/trafficking-events/${event.id}`, 200, { country: "GR" });
  });
});
