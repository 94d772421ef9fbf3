import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProviderDetail, ServiceDetail } from "../../../shared/api/directory.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, errorOf, lastAuditSeq, send, type TestSession } from "../../testing/http.js";
import { addProvider, addService, type DemoContext, otherOrganisationAdmin } from "./directory.fixture.js";

const fieldsOf = (response: { json(): unknown }) =>
  ((response.json() as { error: { fields?: { field: string; problem: string }[] } }).error.fields ?? []).map((f) => [
    f.field,
    f.problem,
  ]);

describe.each(testDatabaseKinds())("service directory entries (%s)", (kind) => {
  let ctx: DemoContext;
  let supervisor: TestSession;
  let caseworker: TestSession;

  const call = (method: "GET" | "POST" | "PATCH", url: string, session: TestSession, payload?: unknown) =>
    send(ctx.app, { method, url, session, ...(payload === undefined ? {} : { payload }) });

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    supervisor = await ctx.sessions.of("supervisor");
    caseworker = await ctx.sessions.of("caseworker");
  });
  afterAll(() => ctx.testApp.close());

  it("creates, reads and changes a provider and its services, audited", async () => {
    const seq = await lastAuditSeq(ctx.testApp);
    const provider = await addProvider(ctx.app, supervisor, {
      name: "Riverside Legal Clinic",
      kind: "LegalService",
      country: "PL",
      city: "Kraków",
      latitude: 50.06,
      longitude: 19.94,
      memberOrganisationId: ctx.demo.mainOrganisationId,
    });
    expect(provider).toMatchObject({ keptByCaller: true, serviceCount: 0, version: 1, services: [] });
    expect(provider.keeperOrganisationId).toBe(ctx.demo.mainOrganisationId);
    expect(provider.keeperOrganisationName).toBe(ctx.demo.accountOf("supervisor").organisation);
    const service = await addService(ctx.app, supervisor, provider.id, {
      name: "Free legal advice",
      serviceType: "Legal",
      languages: ["uk", "pl", "uk"],
      availability: "limited",
      minAge: 18,
    });
    expect(service).toMatchObject({
      providerName: "Riverside Legal Clinic",
      memberOrganisationId: ctx.demo.mainOrganisationId,
      languages: ["uk", "pl"],
      placeFromProvider: true,
      city: "Kraków",
      latitude: 50.06,
      verificationDue: true,
      verifiedAt: null,
    });
    expect(service.availabilityUpdatedAt).not.toBeNull();
    const read = (await call("GET", `/api/directory/providers/${provider.id}`, caseworker)).json() as ProviderDetail;
    expect(read.serviceCount).toBe(1);
    expect(read.services.map((s) => s.id)).toEqual([service.id]);

    const changed = await call("PATCH", `/api/directory/services/${service.id}`, supervisor, {
      version: 1,
      availability: "full",
      city: "Wieliczka",
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      availability: "full",
      city: "Wieliczka",
      placeFromProvider: false,
      version: 2,
    });
    const entries = await auditEntriesAfter(ctx.testApp, seq);
    expect(entries.map((e) => e.action)).toEqual([
      "directory.provider_create",
      "directory.service_create",
      "directory.service_update",
    ]);
  });

  it("answers 400 naming the field for bad input", async () => {
    const provider = await addProvider(ctx.app, supervisor);
    const cases: [string, string, unknown, [string, string]][] = [
      ["POST", "/api/directory/providers", { name: "X", kind: "Spaceship" }, ["body.kind", "unknown_value"]],
      [
        "POST",
        "/api/directory/providers",
        { name: "X", kind: "NGO", latitude: 50 },
        ["body.longitude", "directory_coordinates_pair"],
      ],
      [
        "POST",
        "/api/directory/providers",
        { name: "X", kind: "NGO", memberOrganisationId: crypto.randomUUID() },
        ["body.memberOrganisationId", "directory_unknown_organisation"],
      ],
      [
        "POST",
        "/api/directory/services",
        { providerId: provider.id, name: "S", serviceType: "Legal", minAge: 18, maxAge: 10 },
        ["body.maxAge", "directory_age_range"],
      ],
      [
        "POST",
        "/api/directory/services",
        { providerId: provider.id, name: "S", serviceType: "Juggling" },
        ["body.serviceType", "unknown_value"],
      ],
      [
        "POST",
        "/api/directory/services",
        { providerId: provider.id, name: "S", serviceType: "Legal", languages: ["xx"] },
        ["body.languages.0", "unknown_value"],
      ],
      [
        "POST",
        "/api/directory/services",
        { providerId: crypto.randomUUID(), name: "S", serviceType: "Legal" },
        ["body.providerId", "directory_provider_not_kept"],
      ],
      ["PATCH", `/api/directory/providers/${provider.id}`, { name: "Y" }, ["body.version", "required"]],
    ];
    for (const [method, url, payload, expected] of cases) {
      const response = await call(method as "POST", url, supervisor, payload);
      expect([url, response.statusCode, fieldsOf(response)[0]]).toEqual([url, 400, expected]);
    }
  });

  it("keeps one provider name per keeper, folded", async () => {
    await addProvider(ctx.app, supervisor, { name: "Łódź Help Point" });
    const again = await call("POST", "/api/directory/providers", supervisor, { name: "lodz help  point", kind: "NGO" });
    expect([again.statusCode, fieldsOf(again)]).toEqual([409, [["body.name", "taken"]]]);
    const other = await otherOrganisationAdmin(ctx);
    expect((await addProvider(ctx.app, other.session, { name: "Łódź Help Point" })).keptByCaller).toBe(true);
  });

  it("answers 409 to a change at a stale version and changes nothing", async () => {
    const provider = await addProvider(ctx.app, supervisor);
    const first = await call("PATCH", `/api/directory/providers/${provider.id}`, supervisor, {
      version: 1,
      phone: "+48 1",
    });
    expect(first.statusCode).toBe(200);
    const stale = await call("PATCH", `/api/directory/providers/${provider.id}`, supervisor, {
      version: 1,
      phone: "+48 2",
    });
    expect([stale.statusCode, errorOf(stale).code]).toEqual([409, "conflict"]);
    const service = await addService(ctx.app, supervisor, provider.id);
    await call("PATCH", `/api/directory/services/${service.id}`, supervisor, { version: 1, capacity: 4 });
    const staleService = await call("PATCH", `/api/directory/services/${service.id}`, supervisor, {
      version: 1,
      capacity: 9,
    });
    expect(staleService.statusCode).toBe(409);
    const now = (await call("GET", `/api/directory/services/${service.id}`, caseworker)).json() as ServiceDetail;
    expect([now.capacity, now.version]).toEqual([4, 2]);
  });

  it("lets readers read and only keepers' managers write", async () => {
    const provider = await addProvider(ctx.app, supervisor);
    for (const role of ["caseworker", "hotline_operator", "screener", "me_officer", "partner_caseworker"] as const) {
      const session = await ctx.sessions.of(role);
      expect([role, (await call("GET", `/api/directory/providers/${provider.id}`, session)).statusCode]).toEqual([
        role,
        200,
      ]);
      const write = await call("POST", "/api/directory/providers", session, { name: "Not allowed", kind: "NGO" });
      expect([role, write.statusCode]).toEqual([role, 403]);
    }
  });

  it("lets another organisation read an entry but not change or verify it", async () => {
    const provider = await addProvider(ctx.app, supervisor, { name: "Kept Here Shelter" });
    const service = await addService(ctx.app, supervisor, provider.id, { serviceType: "ShelterAndAccommodation" });
    const other = await otherOrganisationAdmin(ctx);
    const read = await call("GET", `/api/directory/services/${service.id}`, other.session);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      keptByCaller: false,
      keeperOrganisationName: ctx.demo.accountOf("supervisor").organisation,
    });
    expect((await call("GET", `/api/directory/providers/${provider.id}`, other.session)).statusCode).toBe(200);
    const attempts = [
      call("PATCH", `/api/directory/providers/${provider.id}`, other.session, { version: 1, name: "Taken over" }),
      call("PATCH", `/api/directory/providers/${provider.id}`, other.session, { version: 1, retired: true }),
      call("PATCH", `/api/directory/services/${service.id}`, other.session, { version: 1, availability: "full" }),
      call("POST", `/api/directory/services/${service.id}/verify`, other.session),
      call("POST", "/api/directory/services", other.session, {
        providerId: provider.id,
        name: "Intruder",
        serviceType: "Legal",
      }),
    ];
    const answers = await Promise.all(attempts);
    expect(answers.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 400]);
    expect(fieldsOf(answers[4] as LightResponse)).toEqual([["body.providerId", "directory_provider_not_kept"]]);
    const after = (await call("GET", `/api/directory/providers/${provider.id}`, supervisor)).json() as ProviderDetail;
    expect(after).toMatchObject({ name: "Kept Here Shelter", version: 1, retired: false, serviceCount: 1 });
    expect(after.services[0]).toMatchObject({ availability: "unknown", verifiedAt: null, version: 1 });
  });

  it("verifies a service: now, by the caller, shown by name to the keeper only", async () => {
    const provider = await addProvider(ctx.app, supervisor);
    const service = await addService(ctx.app, supervisor, provider.id);
    const verified = await call("POST", `/api/directory/services/${service.id}/verify`, supervisor);
    expect(verified.statusCode, verified.body).toBe(200);
    const body = verified.json() as ServiceDetail;
    expect(body.verificationDue).toBe(false);
    expect(Date.now() - Date.parse(body.verifiedAt ?? "")).toBeLessThan(60_000);
    expect(body.verifiedByName).toBe("Marek Zielinski");
    const other = await otherOrganisationAdmin(ctx);
    const seen = (await call("GET", `/api/directory/services/${service.id}`, other.session)).json() as ServiceDetail;
    expect(seen.verifiedByName).toBe(ctx.demo.accountOf("supervisor").organisation);
    // Seven months ago is past the six the directory allows.
    await ctx.testApp.services.database.db
      .updateTable("services")
      .set({ verified_at: new Date(Date.now() - 213 * 86_400_000) })
      .where("id", "=", service.id)
      .execute();
    const old = (await call("GET", `/api/directory/services/${service.id}`, caseworker)).json() as ServiceDetail;
    expect(old.verificationDue).toBe(true);
  });

  it("retires a provider's services with it and keeps them retired", async () => {
    const provider = await addProvider(ctx.app, supervisor);
    const service = await addService(ctx.app, supervisor, provider.id);
    const retired = await call("PATCH", `/api/directory/providers/${provider.id}`, supervisor, {
      version: 1,
      retired: true,
    });
    expect(retired.json()).toMatchObject({ retired: true, serviceCount: 0 });
    const back = await call("PATCH", `/api/directory/services/${service.id}`, supervisor, {
      version: 2,
      retired: false,
    });
    expect([back.statusCode, fieldsOf(back)]).toEqual([400, [["body.retired", "directory_provider_retired"]]]);
    const added = await call("POST", "/api/directory/services", supervisor, {
      providerId: provider.id,
      name: "New",
      serviceType: "Legal",
    });
    expect(fieldsOf(added)).toEqual([["body.providerId", "directory_provider_retired"]]);
  });

  it("names the deployment's organisations for a provider's member organisation", async () => {
    const response = await call("GET", "/api/directory/organisations", caseworker);
    expect(response.statusCode).toBe(200);
    const names = (response.json() as { items: { id: string; name: string }[] }).items.map((o) => o.name);
    expect(names.sort()).toEqual(Object.keys(ctx.demo.organisationIds).sort());
    const other = await otherOrganisationAdmin(ctx);
    const linked = await addProvider(ctx.app, supervisor, { memberOrganisationId: other.organisationId });
    expect(linked.memberOrganisationId).toBe(other.organisationId);
  });
});

type LightResponse = { json(): unknown };
