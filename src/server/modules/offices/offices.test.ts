import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OfficeDetail } from "../../../shared/api/offices.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, errorOf, lastAuditSeq, send, type TestSession } from "../../testing/http.js";
import { otherOrganisationAdmin } from "../directory/directory.fixture.js";
import { addOffice, type DemoContext, fieldsOf, freshOrganisation } from "./offices.fixture.js";

describe.each(testDatabaseKinds())("offices (%s)", (kind) => {
  let ctx: DemoContext;
  let admin: TestSession;

  const call = (method: "GET" | "POST" | "PATCH", url: string, session: TestSession, payload?: unknown) =>
    send(ctx.app, { method, url, session, ...(payload === undefined ? {} : { payload }) });
  const read = async (session: TestSession, id: string) =>
    (await call("GET", `/api/offices/${id}`, session)).json() as OfficeDetail;
  const mainCount = async (organisationId: string) =>
    (
      await ctx.testApp.services.database.db
        .selectFrom("offices")
        .select("id")
        .where("organisation_id", "=", organisationId)
        .where("is_main", "=", true)
        .execute()
    ).length;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    admin = await ctx.sessions.of("organisation_admin");
  });
  afterAll(() => ctx.testApp.close());

  it("makes the first office the main one and moves the mark on request, one main office at a time", async () => {
    const fresh = await freshOrganisation(ctx, "Reporting NGO");
    const seq = await lastAuditSeq(ctx.testApp);
    const kyiv = await addOffice(ctx.app, fresh.admin, {
      name: "Kyiv Country Office",
      country: "UA",
      admin1Name: "Kyiv",
      admin1Pcode: "UA80",
      city: "Kyiv",
      isMain: false,
    });
    expect(kyiv).toMatchObject({ isMain: true, retired: false, version: 1, teams: [], admin1Pcode: "UA80" });
    const lviv = await addOffice(ctx.app, fresh.admin, { name: "Lviv Sub-Office", country: "UA", sortOrder: 2 });
    expect(lviv.isMain).toBe(false);
    const odesa = await addOffice(ctx.app, fresh.admin, { name: "Odesa Sub-Office", country: "UA", isMain: true });
    expect(odesa.isMain).toBe(true);
    expect(await read(fresh.admin, kyiv.id)).toMatchObject({ isMain: false, version: 2 });
    expect(await mainCount(fresh.organisationId)).toBe(1);

    const moved = await call("PATCH", `/api/offices/${lviv.id}`, fresh.admin, { version: 1, isMain: true });
    expect([moved.statusCode, (moved.json() as OfficeDetail).isMain]).toEqual([200, true]);
    expect((await read(fresh.admin, odesa.id)).isMain).toBe(false);
    expect(await mainCount(fresh.organisationId)).toBe(1);

    const unmark = await call("PATCH", `/api/offices/${lviv.id}`, fresh.admin, { version: 2, isMain: false });
    expect([unmark.statusCode, fieldsOf(unmark)]).toEqual([409, [["body.isMain", "main_office"]]]);

    const list = (await call("GET", "/api/offices", fresh.admin)).json() as { items: OfficeDetail[] };
    // sortOrder first (0, 0, 2), then by name.
    expect(list.items.map((office) => office.name)).toEqual([
      "Kyiv Country Office",
      "Odesa Sub-Office",
      "Lviv Sub-Office",
    ]);
    const entries = await auditEntriesAfter(ctx.testApp, seq);
    const offices = entries.filter((e) => e.action.startsWith("office."));
    expect(offices.map((e) => [e.action, e.record_id, e.outcome])).toEqual([
      ["office.create", kyiv.id, "allowed"],
      ["office.create", lviv.id, "allowed"],
      ["office.create", odesa.id, "allowed"],
      ["office.update", lviv.id, "allowed"],
      // The refused change: recorded, as every refusal is, with nothing written.
      ["office.update", null, "failed"],
    ]);
  });

  it("keeps the main office until the mark moves, retires other offices and lists them only when asked", async () => {
    const fresh = await freshOrganisation(ctx, "Retiring NGO");
    const main = await addOffice(ctx.app, fresh.admin, { name: "Chisinau Office", country: "MD" });
    const branch = await addOffice(ctx.app, fresh.admin, { name: "Balti Office", country: "MD" });

    const refused = await call("PATCH", `/api/offices/${main.id}`, fresh.admin, { version: 1, retired: true });
    expect([refused.statusCode, fieldsOf(refused)]).toEqual([409, [["body.retired", "main_office"]]]);
    expect((await read(fresh.admin, main.id)).retired).toBe(false);

    const retired = await call("PATCH", `/api/offices/${branch.id}`, fresh.admin, { version: 1, retired: true });
    expect((retired.json() as OfficeDetail).retired).toBe(true);
    const active = (await call("GET", "/api/offices", fresh.admin)).json() as { items: OfficeDetail[] };
    expect(active.items.map((office) => office.id)).toEqual([main.id]);
    const all = (await call("GET", "/api/offices?includeRetired=true", fresh.admin)).json() as {
      items: OfficeDetail[];
    };
    expect(all.items.map((office) => [office.id, office.retired])).toEqual([
      [branch.id, true],
      [main.id, false],
    ]);
    const retiredMain = await call("PATCH", `/api/offices/${branch.id}`, fresh.admin, { version: 2, isMain: true });
    expect([retiredMain.statusCode, fieldsOf(retiredMain)]).toEqual([409, [["body.isMain", "office_retired"]]]);

    // Alone among active offices, the main office may be retired; a new office then takes the mark.
    const alone = await call("PATCH", `/api/offices/${main.id}`, fresh.admin, { version: 1, retired: true });
    expect([alone.statusCode, (alone.json() as OfficeDetail).isMain]).toEqual([200, true]);
    const next = await addOffice(ctx.app, fresh.admin, { name: "Cahul Office", country: "MD" });
    expect(next.isMain).toBe(true);
    expect((await read(fresh.admin, main.id)).isMain).toBe(false);
    expect(await mainCount(fresh.organisationId)).toBe(1);
  });

  it("keeps one name per office in an organisation, whatever its case", async () => {
    await addOffice(ctx.app, admin, { name: "Przemyśl Field Office" });
    const again = await call("POST", "/api/offices", admin, { name: "  przemyśl FIELD office ", country: "PL" });
    expect([again.statusCode, fieldsOf(again)]).toEqual([409, [["body.name", "taken"]]]);
    const other = await addOffice(ctx.app, admin, { name: "Rzeszów Field Office" });
    const rename = await call("PATCH", `/api/offices/${other.id}`, admin, {
      version: 1,
      name: "PRZEMYŚL field office",
    });
    expect([rename.statusCode, fieldsOf(rename)]).toEqual([409, [["body.name", "taken"]]]);
    // Another organisation names its offices as it likes.
    const elsewhere = await otherOrganisationAdmin(ctx);
    expect((await addOffice(ctx.app, elsewhere.session, { name: "Przemyśl Field Office" })).name).toBe(
      "Przemyśl Field Office",
    );
  });

  it("answers 409 to a change at a stale version and changes nothing", async () => {
    const office = await addOffice(ctx.app, admin, { name: "Lublin Office" });
    const first = await call("PATCH", `/api/offices/${office.id}`, admin, { version: 1, city: "Lublin" });
    expect((first.json() as OfficeDetail).version).toBe(2);
    const stale = await call("PATCH", `/api/offices/${office.id}`, admin, { version: 1, city: "Chełm" });
    expect([stale.statusCode, errorOf(stale).code]).toEqual([409, "conflict"]);
    expect(await read(admin, office.id)).toMatchObject({ city: "Lublin", version: 2 });
    const missing = await call("PATCH", `/api/offices/${office.id}`, admin, { city: "Chełm" });
    expect([missing.statusCode, fieldsOf(missing)]).toEqual([400, [["body.version", "required"]]]);
  });

  it("lets every role read offices and only organisation managers change them", async () => {
    const office = await addOffice(ctx.app, admin, { name: "Kraków Office" });
    for (const role of ["me_officer", "caseworker", "supervisor"] as const) {
      const session = await ctx.sessions.of(role);
      expect((await call("GET", "/api/offices", session)).statusCode).toBe(200);
      expect((await read(session, office.id)).name).toBe("Kraków Office");
    }
    const me = await ctx.sessions.of("me_officer");
    const denied = [
      await call("POST", "/api/offices", me, { name: "Not Allowed", country: "PL" }),
      await call("PATCH", `/api/offices/${office.id}`, me, { version: 1, name: "Not Allowed" }),
    ];
    expect(denied.map((response) => [response.statusCode, errorOf(response).code])).toEqual([
      [403, "forbidden"],
      [403, "forbidden"],
    ]);
    expect((await read(admin, office.id)).version).toBe(1);
  });

  it("answers 404 for another organisation's office and changes nothing", async () => {
    const office = await addOffice(ctx.app, admin, { name: "Gdańsk Office" });
    const other = await otherOrganisationAdmin(ctx);
    const reads = await call("GET", `/api/offices/${office.id}`, other.session);
    const change = await call("PATCH", `/api/offices/${office.id}`, other.session, { version: 1, name: "Taken" });
    expect([reads.statusCode, change.statusCode]).toEqual([404, 404]);
    const theirs = (await call("GET", "/api/offices?includeRetired=true", other.session)).json() as {
      items: OfficeDetail[];
    };
    expect(theirs.items.map((item) => item.id)).not.toContain(office.id);
    expect(await read(admin, office.id)).toMatchObject({ name: "Gdańsk Office", version: 1 });
    // A deployment administrator reads any organisation's offices, as it reads organisations.
    const deployment = await ctx.sessions.of("deployment_admin");
    const theirOffice = await addOffice(ctx.app, other.session, { name: "Their Office" });
    expect((await read(deployment, theirOffice.id)).name).toBe("Their Office");
  });
});
