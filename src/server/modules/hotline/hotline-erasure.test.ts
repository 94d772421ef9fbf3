import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContactDetail } from "../../../shared/api/hotline.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, send, type TestSession } from "../../testing/http.js";
import { runRetention } from "../retention/retention.service.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

describe.each(testDatabaseKinds())("erasure of a hotline caller (%s)", (kind) => {
  let ctx: Ctx;
  let supervisor: TestSession;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    supervisor = await ctx.sessions.of("supervisor");
  });
  afterAll(() => ctx.testApp.close());

  it("destroys the key of every contact linked to an erased person and forgets their number, keeping the counts", async () => {
    const call = (method: "GET" | "POST", url: string, payload?: unknown) =>
      send(ctx.app, { method, url, session: supervisor, payload });
    const opened = (
      await call("POST", "/api/cases", { person: { identity: { firstName: "Nadiya", secondName: "Erase" } } })
    ).json() as { id: string; personId: string };
    const contact = (
      await call("POST", "/api/hotline/contacts", {
        channel: "phone",
        callerNumber: "+380675550909",
        notes: "Works at the greenhouse near the border.",
        outcome: "referral_made",
        consultations: [{ topic: "work_rights", service: "referral", note: "Referred to legal aid." }],
        complete: true,
      })
    ).json() as ContactDetail;
    await call("POST", `/api/hotline/contacts/${contact.id}/link`, { personId: opened.personId });
    const db = ctx.testApp.services.database.db;
    const countsBefore = await db
      .selectFrom("hotline_counts")
      .selectAll()
      .orderBy(["day", "dimension", "key"])
      .execute();

    const erased = await call("POST", `/api/people/${opened.personId}/erase`, { reason: "Request of the person" });
    expect(erased.statusCode, erased.body).toBe(200);

    const after = (await call("GET", `/api/hotline/contacts/${contact.id}`)).json() as ContactDetail;
    expect(after).toMatchObject({ callerNumber: null, notes: null, outcome: "referral_made" });
    expect(after.consultations).toEqual([expect.objectContaining({ topic: "work_rights", note: null })]);
    const keys = await db.selectFrom("record_keys").select("subject_id").where("subject_id", "=", contact.id).execute();
    expect(keys).toEqual([]);
    const row = await db
      .selectFrom("hotline_contacts")
      .select(["caller_number_key", "caller_ref"])
      .where("id", "=", contact.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ caller_number_key: null, caller_ref: `p:${opened.personId}` });
    const lookup = (await call("POST", "/api/hotline/lookup", { number: "+380675550909" })).json();
    expect(lookup.contacts).toEqual([]);
    expect(await db.selectFrom("hotline_counts").selectAll().orderBy(["day", "dimension", "key"]).execute()).toEqual(
      countsBefore,
    );
  });

  it("shreds contacts outside a case once the retention period has passed since the contact", async () => {
    const call = (method: "GET" | "POST", url: string, payload?: unknown) =>
      send(ctx.app, { method, url, session: supervisor, payload });
    const contactAt = async (startedAt: string) =>
      (
        await call("POST", "/api/hotline/contacts", {
          channel: "phone",
          startedAt,
          endedAt: startedAt,
          callerNumber: "+380675551010",
          notes: "Asked about a job in Poland.",
          outcome: "information_given",
          consultations: [{ topic: "safe_migration", service: "information" }],
          complete: true,
        })
      ).json() as ContactDetail;
    const old = await contactAt("2019-03-01T10:00:00Z");
    const recent = await contactAt("2025-03-01T10:00:00Z");
    const db = ctx.testApp.services.database.db;
    await db
      .updateTable("organisations")
      .set({ retention_years: 5 })
      .where("id", "=", ctx.demo.mainOrganisationId)
      .execute();

    const reports = await runRetention(ctx.testApp.services, "2026-11-24");
    expect(reports.find((r) => r.organisationId === ctx.demo.mainOrganisationId)).toMatchObject({ contacts: 1 });
    expect((await call("GET", `/api/hotline/contacts/${old.id}`)).json()).toMatchObject({
      callerNumber: null,
      notes: null,
      outcome: "information_given",
    });
    expect((await call("GET", `/api/hotline/contacts/${recent.id}`)).json()).toMatchObject({
      callerNumber: "+380675551010",
      notes: "Asked about a job in Poland.",
    });
    const again = await runRetention(ctx.testApp.services, "2026-11-24");
    expect(again.find((r) => r.organisationId === ctx.demo.mainOrganisationId)).toMatchObject({ contacts: 0 });
  });
});
