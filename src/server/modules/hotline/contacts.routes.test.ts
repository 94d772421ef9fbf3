import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContactDetail } from "../../../shared/api/hotline.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, errorOf, lastAuditSeq, send, type TestSession } from "../../testing/http.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

describe.each(testDatabaseKinds())("hotline contacts (%s)", (kind) => {
  let ctx: Ctx;
  let operator: TestSession;

  const post = (payload: unknown, session = operator) =>
    send(ctx.app, { method: "POST", url: "/api/hotline/contacts", session, payload });
  const patch = (id: string, payload: unknown, session = operator) =>
    send(ctx.app, { method: "PATCH", url: `/api/hotline/contacts/${id}`, session, payload });
  const rows = async (table: "hotline_contacts" | "hotline_consultations" | "hotline_counts") =>
    Number(
      (
        await ctx.testApp.services.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const countOf = async (dimension: string, key = "") =>
    Number(
      (
        await ctx.testApp.services.database.db
          .selectFrom("hotline_counts")
          .select((eb) => eb.fn.sum<string>("count").as("n"))
          .where("dimension", "=", dimension)
          .where("key", "=", key)
          .executeTakeFirstOrThrow()
      ).n ?? 0,
    );

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    operator = await ctx.sessions.of("hotline_operator");
  });
  afterAll(() => ctx.testApp.close());

  it("starts a draft, saves it field by field and finishes it, with the caller's details sealed", async () => {
    const started = await post({ channel: "phone", language: "ru", callerNumber: "+380 67 555 0101" });
    expect(started.statusCode, started.body).toBe(201);
    const draft = started.json() as ContactDetail;
    expect(draft).toMatchObject({ status: "draft", channel: "phone", callerNumber: "+380675550101", source: "app" });

    const saved = await patch(draft.id, {
      callerName: "Оксана",
      notes: "Asked about work offers in Germany.",
      consultations: [
        { topic: "safe_migration", service: "information" },
        { topic: "work_rights", service: "counselling", note: "Contract in German only." },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      status: "draft",
      callerName: "Оксана",
      topics: ["safe_migration", "work_rights"],
    });

    const contactsBefore = await countOf("contacts");
    const done = await patch(draft.id, { outcome: "information_given", complete: true });
    expect(done.statusCode, done.body).toBe(200);
    const finished = done.json() as ContactDetail;
    expect(finished.status).toBe("completed");
    expect(finished.durationSeconds).toBeGreaterThanOrEqual(0);
    expect(finished.consultations[1]).toMatchObject({ topic: "work_rights", note: "Contract in German only." });
    expect(await countOf("contacts")).toBe(contactsBefore + 1);

    const row = await ctx.testApp.services.database.db
      .selectFrom("hotline_contacts")
      .selectAll()
      .where("id", "=", draft.id)
      .executeTakeFirstOrThrow();
    const stored = JSON.stringify(row);
    expect(stored).not.toContain("675550101");
    expect(stored).not.toContain("Оксана");
    expect(stored).not.toContain("Germany");
    expect(row.caller_ref).toMatch(/^n:/);
  });

  it("keeps one contact for the same client key, also when both requests arrive at once", async () => {
    const before = await rows("hotline_contacts");
    const body = { clientKey: "double-click-0001", channel: "viber", language: "uk" };
    const first = await post(body);
    const second = await post(body);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ id: first.json().id, replayed: true });
    const racing = await Promise.all([1, 2, 3].map(() => post({ ...body, clientKey: "double-click-0002" })));
    expect(new Set(racing.map((r) => r.json().id)).size).toBe(1);
    expect(await rows("hotline_contacts")).toBe(before + 2);
  });

  it("refuses to finish without an outcome, or helping nobody without saying so, and writes nothing", async () => {
    const draft = (await post({ channel: "phone" })).json() as ContactDetail;
    const noOutcome = await patch(draft.id, { complete: true });
    expect(noOutcome.statusCode).toBe(400);
    expect(errorOf(noOutcome).fields?.map((f) => f.field)).toEqual(["body.outcome"]);
    const noConsultation = await patch(draft.id, { outcome: "referral_made", complete: true });
    expect(errorOf(noConsultation).fields?.map((f) => f.field)).toEqual(["body.consultations"]);
    const unchanged = (
      await send(ctx.app, { method: "GET", url: `/api/hotline/contacts/${draft.id}`, session: operator })
    ).json() as ContactDetail;
    expect(unchanged).toMatchObject({ status: "draft", outcome: null });

    const dropped = await patch(draft.id, { outcome: "dropped", complete: true });
    expect(dropped.statusCode, dropped.body).toBe(200);
    const row = await ctx.testApp.services.database.db
      .selectFrom("hotline_contacts")
      .select(["caller_ref", "counted_on"])
      .where("id", "=", draft.id)
      .executeTakeFirstOrThrow();
    // A dropped call is a contact, not a person assisted.
    expect(row.counted_on).not.toBeNull();
    expect(row.caller_ref).toBeNull();
  });

  it("names each bad field, in the user's language, and saves none of it", async () => {
    const before = await rows("hotline_contacts");
    const badNumber = await send(ctx.app, {
      method: "POST",
      url: "/api/hotline/contacts",
      session: operator,
      headers: { "accept-language": "uk" },
      payload: { channel: "phone", callerNumber: "12ab" },
    });
    expect(badNumber.statusCode).toBe(400);
    const [problem] = errorOf(badNumber).fields ?? [];
    expect(problem).toMatchObject({ field: "body.callerNumber", problem: "phone_number" });
    expect(problem?.message).toContain("Номер абонента");
    const badTopic = await post({ channel: "phone", consultations: [{ topic: "astrology", service: "information" }] });
    expect(errorOf(badTopic).fields?.map((f) => f.field)).toEqual(["body.consultations.0.topic"]);
    const badChannel = await post({ channel: "pigeon" });
    expect(errorOf(badChannel).fields?.map((f) => f.field)).toEqual(["body.channel"]);
    const endsFirst = await post({
      channel: "phone",
      startedAt: "2026-11-01T10:00:00Z",
      endedAt: "2026-11-01T09:00:00Z",
      outcome: "dropped",
      complete: true,
    });
    expect(errorOf(endsFirst).fields?.map((f) => f.field)).toEqual(["body.endedAt"]);
    expect(await rows("hotline_contacts")).toBe(before);
  });

  it("moves the counts when a completed contact is corrected, so the figures equal a recount", async () => {
    const contact = (
      await post({
        channel: "telegram",
        outcome: "information_given",
        consultations: [{ topic: "legal_status", service: "legal_counselling" }],
        complete: true,
      })
    ).json() as ContactDetail;
    const telegram = await countOf("channel", "telegram");
    const legal = await countOf("topic", "legal_status");
    const consultations = await countOf("consultations");
    const corrected = await patch(contact.id, {
      channel: "whatsapp",
      consultations: [
        { topic: "legal_status", service: "legal_counselling" },
        { topic: "documents", service: "information" },
      ],
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(await countOf("channel", "telegram")).toBe(telegram - 1);
    expect(await countOf("topic", "legal_status")).toBe(legal);
    expect(await countOf("consultations")).toBe(consultations + 1);
    const recount = await ctx.testApp.services.database.db
      .selectFrom("hotline_consultations")
      .innerJoin("hotline_contacts", (join) =>
        join
          .onRef("hotline_contacts.id", "=", "hotline_consultations.contact_id")
          .onRef("hotline_contacts.organisation_id", "=", "hotline_consultations.organisation_id"),
      )
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("hotline_contacts.status", "=", "completed")
      .executeTakeFirstOrThrow();
    expect(await countOf("consultations")).toBe(Number(recount.n));
  });

  it("counts an escalation made after the contact was completed, and keeps it through a correction", async () => {
    const contact = (
      await post({
        channel: "phone",
        outcome: "information_given",
        consultations: [{ topic: "exploitation_report", service: "information" }],
        complete: true,
      })
    ).json() as ContactDetail;
    const escalations = await countOf("escalation", "exploitation");
    const url = `/api/hotline/contacts/${contact.id}/escalate`;
    expect(
      (await send(ctx.app, { method: "POST", url, session: operator, payload: { kind: "exploitation" } })).statusCode,
    ).toBe(200);
    expect(await countOf("escalation", "exploitation")).toBe(escalations + 1);
    await patch(contact.id, { notes: "Correction after the call." });
    expect(await countOf("escalation", "exploitation")).toBe(escalations + 1);
  });

  it("audits every read of a contact and the list by record", async () => {
    const contact = (await post({ channel: "email", callerEmail: "someone@example.net" })).json() as ContactDetail;
    const seq = await lastAuditSeq(ctx.testApp);
    await send(ctx.app, { method: "GET", url: `/api/hotline/contacts/${contact.id}`, session: operator });
    const list = await send(ctx.app, { method: "GET", url: "/api/hotline/contacts?status=open", session: operator });
    expect(list.json().items.map((item: { id: string }) => item.id)).toContain(contact.id);
    const entries = await auditEntriesAfter(ctx.testApp, seq);
    expect(entries.find((e) => e.action === "hotline.contact.read")?.record_id).toBe(contact.id);
    expect(entries.find((e) => e.action === "hotline.contact.list")?.record_ids).toContain(contact.id);
    expect(JSON.stringify(entries)).not.toContain("someone@example.net");
  });
});
