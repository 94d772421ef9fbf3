import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../../access/actor.js";
import { runScoped } from "../../../access/scoped-db.js";
import { MOLDOVA_OFFICE } from "../../../demo/demo-case-builders.js";
import { testDatabaseKinds } from "../../../testing/databases.js";
import {
  auditEntriesAfter,
  createDemoApp,
  errorOf,
  lastAuditSeq,
  send,
  signInOrThrow,
  type TestSession,
} from "../../../testing/http.js";
import { hotlineReportFigures } from "./hotline-figures.service.js";
import { recountedCells } from "./hotline-recount.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;
type Cells = { key: string; count: number | null }[];

const cell = (cells: Cells, key: string) => cells.find((c) => c.key === key)?.count;
const info = { requestId: "test", clientIp: null, action: "test" };
/** A date column as "YYYY-MM-DD", whichever way the driver hands it over. */
const dayText = (day: unknown) => (day instanceof Date ? day.toISOString().slice(0, 10) : String(day));

/*
 * Each test records its contacts in a month of its own, far from the demo data, and reads the figures of
 * that month only. Five of a kind at least, unless a test is about small cells.
 */
describe.each(testDatabaseKinds())("helpline figures (%s)", (kind) => {
  let ctx: Ctx;
  let supervisor: TestSession;
  let me: TestSession;
  let admin: TestSession;

  const record = async (startedAt: string, fields: Record<string, unknown> = {}, session = supervisor) => {
    const started = new Date(startedAt);
    const response = await send(ctx.app, {
      method: "POST",
      url: "/api/hotline/contacts",
      session,
      payload: {
        channel: "phone",
        direction: "incoming",
        startedAt: started.toISOString(),
        endedAt: new Date(started.getTime() + 10 * 60_000).toISOString(),
        language: "uk",
        callerType: "possible_victim",
        callerCountry: "UA",
        anonymous: true,
        outcome: "information_given",
        consultations: [{ topic: "work_rights", service: "information" }],
        complete: true,
        ...fields,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string };
  };
  const times = async (n: number, startedAt: string, fields: Record<string, unknown> = {}, session = supervisor) => {
    const made: { id: string }[] = [];
    for (let i = 0; i < n; i++) made.push(await record(startedAt, fields, session));
    return made;
  };
  const figures = async (from: string, to: string, session = me) => {
    const response = await send(ctx.app, { method: "GET", url: `/api/hotline/figures?from=${from}&to=${to}`, session });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  /** The kept counts of the main organisation between two days, beside the same cells recounted from the contacts. */
  const keptAndRecounted = async (from: string, to: string) => {
    const db = ctx.testApp.services.database.db;
    const organisationId = ctx.demo.mainOrganisationId;
    const { time_zone } = await db
      .selectFrom("organisations")
      .select("time_zone")
      .where("id", "=", organisationId)
      .executeTakeFirstOrThrow();
    const kept = (
      await db
        .selectFrom("hotline_counts")
        .select(["day", "dimension", "key", "count"])
        .where("organisation_id", "=", organisationId)
        .where("day", ">=", from as never)
        .where("day", "<=", to as never)
        .where("count", "<>", 0 as never)
        .execute()
    ).map((row) => `${dayText(row.day)} ${row.dimension} ${row.key} ${Number(row.count)}`);
    const recounted = (await recountedCells(db, organisationId, time_zone))
      .filter((row) => row.day >= from && row.day <= to)
      .map((row) => `${row.day} ${row.dimension} ${row.key} ${row.count}`);
    return { kept: kept.sort(), recounted: recounted.sort() };
  };

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    supervisor = await ctx.sessions.of("supervisor");
    me = await ctx.sessions.of("me_officer");
    admin = await ctx.sessions.of("organisation_admin");
  });
  afterAll(() => ctx.testApp.close());

  it("counts contacts, consultations and outcomes: 2 + 1 + 0 consultations, the dropped contact helping nobody", async () => {
    for (let i = 0; i < 5; i++) {
      await record("2031-01-07T09:00:00Z", {
        consultations: [
          { topic: "work_rights", service: "information" },
          { topic: "legal_status", service: "legal_counselling" },
        ],
      });
      await record("2031-01-08T10:00:00Z", {
        channel: "whatsapp",
        language: "ru",
        outcome: "referral_made",
        consultations: [{ topic: "work_rights", service: "counselling" }],
      });
      await record("2031-01-09T11:00:00Z", { language: null, outcome: "dropped", consultations: [] });
    }
    const seq = await lastAuditSeq(ctx.testApp);
    const f = await figures("2031-01-01", "2031-01-31");
    expect(f.totals).toEqual({
      contacts: 15,
      consultations: 15,
      personsAssisted: 10,
      contactsAssisted: 10,
      escalations: 0,
    });
    expect(f.handling).toEqual({ contacts: 15, totalMinutes: 150, averageMinutes: 10 });
    expect(f.byTopic).toEqual([
      { key: "work_rights", count: 10 },
      { key: "legal_status", count: 5 },
    ]);
    expect(cell(f.byService, "information")).toBe(5);
    expect(cell(f.byService, "legal_counselling")).toBe(5);
    expect(cell(f.byService, "counselling")).toBe(5);
    expect(f.byChannel).toEqual([
      { key: "phone", count: 10 },
      { key: "whatsapp", count: 5 },
    ]);
    expect(cell(f.byLanguage, "unknown")).toBe(5);
    expect(cell(f.byOutcome, "dropped")).toBe(5);
    expect(f.byMonth).toEqual([{ key: "2031-01", count: 15 }]);
    expect(f.byHour).toHaveLength(24);
    // 7–9 January 2031 are a Tuesday, a Wednesday and a Thursday.
    expect(f.byWeekday.map((c: { count: number }) => c.count)).toEqual([0, 5, 5, 5, 0, 0, 0]);

    const audit = await auditEntriesAfter(ctx.testApp, seq);
    expect(audit.map((entry) => entry.action)).toContain("hotline.figures");

    const { kept, recounted } = await keptAndRecounted("2031-01-01", "2031-01-31");
    expect(kept).toEqual(recounted);
    expect(kept).toContain("2031-01-07 consultations  10");
  });

  it("moves the counts when a completed contact is corrected, so that they equal a recount", async () => {
    const [first] = await times(5, "2031-02-03T08:00:00Z");
    const corrected = await send(ctx.app, {
      method: "PATCH",
      url: `/api/hotline/contacts/${first?.id}`,
      session: supervisor,
      payload: {
        channel: "viber",
        startedAt: "2031-02-10T12:00:00Z",
        endedAt: "2031-02-10T12:30:00Z",
        outcome: "case_opened",
        consultations: [
          { topic: "documents", service: "referral" },
          { topic: "health", service: "information" },
          { topic: "return", service: "counselling" },
        ],
      },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const { kept, recounted } = await keptAndRecounted("2031-02-01", "2031-02-28");
    expect(kept).toEqual(recounted);
    expect(kept).toContain("2031-02-03 contacts  4");
    expect(kept).toContain("2031-02-10 consultations  3");
    expect(kept).toContain("2031-02-10 channel viber 1");
    const f = await figures("2031-02-01", "2031-02-28");
    expect(f.totals).toMatchObject({ contacts: 5, consultations: 7 });
    expect(f.handling).toEqual({ contacts: 5, totalMinutes: 70, averageMinutes: 14 });
  });

  it("counts distinct persons: a number once, a linked person once, every anonymous contact", async () => {
    const day = "2031-03-04T10:00:00Z";
    await times(2, day, { anonymous: false, callerNumber: "+380671234567" });
    // The same number dropped: a contact, but nobody assisted.
    await record(day, { anonymous: false, callerNumber: "+380671234567", outcome: "dropped", consultations: [] });
    const opened = await send(ctx.app, {
      method: "POST",
      url: "/api/cases",
      session: supervisor,
      payload: {
        person: { identity: { firstName: "Oksana", secondName: "Hryhorenko" }, citizenships: ["UA"] },
        consents: [{ purpose: "assistance", decision: "given", decidedOn: "2026-01-05", method: "verbal" }],
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const caseId = opened.json().id as string;
    for (const number of ["+380501112233", "+380632223344"]) {
      const contact = await record(day, { anonymous: false, callerNumber: number });
      const linked = await send(ctx.app, {
        method: "POST",
        url: `/api/hotline/contacts/${contact.id}/link`,
        session: supervisor,
        payload: { caseId },
      });
      expect(linked.statusCode, linked.body).toBe(200);
    }
    await times(3, day);
    const f = await figures("2031-03-01", "2031-03-31");
    // Seven contacts assisted would give away the one dropped contact (8 − 7): withheld.
    expect(f.totals).toMatchObject({ contacts: 8, contactsAssisted: null, personsAssisted: 5 });
  });

  it("withholds small cells and one more where a lone one could be worked out", async () => {
    const day = "2031-05-06T10:00:00Z";
    await times(5, day, { consultations: [{ topic: "work_rights", service: "information" }] });
    await times(1, day, { consultations: [{ topic: "health", service: "information" }] });
    await times(5, day, { language: "ru", consultations: [{ topic: "documents", service: "information" }] });
    await record(day, { language: "en", outcome: "dropped", consultations: [] });
    const f = await figures("2031-05-01", "2031-05-31");
    expect(f.threshold).toBe(5);
    expect(f.totals).toMatchObject({ contacts: 12, consultations: 11, personsAssisted: 11 });
    // en (1) is withheld, and ru (5) with it: else 12 − 6 − 5 would give en away.
    expect(f.byLanguage).toEqual([
      { key: "uk", count: 6 },
      { key: "en", count: null },
      { key: "ru", count: null },
    ]);
    // Topics add up to the consultations: health (1) and one of the two fives are withheld.
    expect(cell(f.byTopic, "health")).toBeNull();
    expect(f.byTopic.filter((c: { count: number | null }) => c.count === null)).toHaveLength(2);
    // One contact not assisted: "assisted" would give it away, so it is withheld with the outcomes.
    expect(f.totals.contactsAssisted).toBeNull();
    expect(f.byOutcome).toEqual([
      { key: "dropped", count: null },
      { key: "information_given", count: null },
    ]);
    expect(f.byChannel).toEqual([{ key: "phone", count: 12 }]);

    // A month with fewer than five contacts publishes no number at all.
    await times(2, "2031-07-01T10:00:00Z");
    const small = await figures("2031-07-01", "2031-07-31");
    expect(small.totals).toMatchObject({ contacts: null, consultations: null, personsAssisted: null });
    expect(small.handling).toEqual({ contacts: null, totalMinutes: null, averageMinutes: null });
    expect(JSON.stringify(small.byHour)).not.toMatch(/"count":[1-4]\b/);
  });

  it("answers 403 to roles without aggregates.read", async () => {
    for (const role of ["hotline_operator", "caseworker", "screener", "auditor"] as const) {
      const response = await send(ctx.app, {
        method: "GET",
        url: "/api/hotline/figures",
        session: await ctx.sessions.of(role),
      });
      expect(response.statusCode, role).toBe(403);
    }
    for (const session of [admin, supervisor, me]) {
      expect((await send(ctx.app, { method: "GET", url: "/api/hotline/figures", session })).statusCode).toBe(200);
    }
  });

  it("never counts another organisation's contacts", async () => {
    const account = ctx.demo.accounts.find((a) => a.email === "supervisor@romania.example.org");
    if (!account) throw new Error("demo supervisor of the Romania office missing");
    const other = await signInOrThrow(ctx.app, account);
    await times(6, "2031-06-02T10:00:00Z", {}, other);
    expect((await figures("2031-06-01", "2031-06-30")).totals.contacts).toBe(0);
    expect((await figures("2031-06-01", "2031-06-30", other)).totals.contacts).toBe(6);
  });

  it("gives the situation report its headline numbers", async () => {
    const report = await runScoped(
      ctx.testApp.services.database,
      systemActor("test", { organisationId: ctx.demo.mainOrganisationId }),
      info,
      (db) => hotlineReportFigures(db, { from: "2031-01-01", to: "2031-01-31" }),
    );
    expect(report).toMatchObject({ contacts: 15, consultations: 15, personsAssisted: 10 });
    expect(report.topTopics).toEqual([
      { key: "work_rights", count: 10 },
      { key: "legal_status", count: 5 },
    ]);
    expect(cell(report.byLanguage, "ru")).toBe(5);
  });

  it("counts hours and weekdays in the organisation's time zone, and recounts when it changes", async () => {
    const org = `/api/organisations/${ctx.demo.mainOrganisationId}`;
    // 21:30 UTC on Sunday 6 April 2031 is 23:30 in Warsaw (the demo office's zone) and 00:30 on Monday in Kyiv.
    await times(5, "2031-04-06T21:30:00Z");
    expect((await figures("2031-04-06", "2031-04-06")).totals.contacts).toBe(5);

    const bad = await send(ctx.app, {
      method: "PATCH",
      url: org,
      session: admin,
      payload: { timeZone: "Mars/Olympus" },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).fields?.[0]).toMatchObject({ field: "body.timeZone", problem: "time_zone" });
    const changed = await send(ctx.app, {
      method: "PATCH",
      url: org,
      session: admin,
      payload: { timeZone: "Europe/Kyiv" },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await send(ctx.app, { method: "GET", url: org, session: admin })).json().timeZone).toBe("Europe/Kyiv");

    // 23:30 UTC on Tuesday 8 April is 02:30 on Wednesday in Kyiv.
    await times(5, "2031-04-08T23:30:00Z");
    expect((await figures("2031-04-06", "2031-04-06")).totals.contacts).toBe(0);
    const f = await figures("2031-04-07", "2031-04-09");
    expect(f.totals.contacts).toBe(10);
    expect(f.timeZone).toBe("Europe/Kyiv");
    expect(f.byHour.filter((c: { count: number }) => c.count > 0)).toEqual([
      { key: "0", count: 5 },
      { key: "2", count: 5 },
    ]);
    expect(f.byWeekday.filter((c: { count: number }) => c.count > 0)).toEqual([
      { key: "1", count: 5 },
      { key: "3", count: 5 },
    ]);
    const { kept, recounted } = await keptAndRecounted("2031-01-01", "2031-12-31");
    expect(kept).toEqual(recounted);

    // Another organisation's zone is its own administrator's to change: its counts are recounted with it.
    const deployment = await ctx.sessions.of("deployment_admin");
    const otherId = ctx.demo.organisationIds[MOLDOVA_OFFICE];
    const foreign = await send(ctx.app, {
      method: "PATCH",
      url: `/api/organisations/${otherId}`,
      session: deployment,
      payload: { timeZone: "Europe/Kyiv" },
    });
    expect(foreign.statusCode).toBe(400);
    expect(errorOf(foreign).fields?.[0]).toMatchObject({
      field: "body.timeZone",
      problem: "time_zone_own_organisation",
    });
  });
});
