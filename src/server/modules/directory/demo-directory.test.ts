import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServiceDetail } from "../../../shared/api/directory.js";
import { seedDemoDirectory } from "../../demo/demo-directory.js";
import { DEMO_DIRECTORY } from "../../demo/demo-directory-entries.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, send, type TestSession } from "../../testing/http.js";
import type { DemoContext } from "./directory.fixture.js";

describe.each(testDatabaseKinds())("demo service directory (%s)", (kind) => {
  let ctx: DemoContext;
  let reader: TestSession;
  let made = 0;
  let items: ServiceDetail[] = [];
  const expected = Object.values(DEMO_DIRECTORY).flatMap((providers) => providers.flatMap((p) => p.services)).length;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    made = await seedDemoDirectory(ctx.testApp.services);
    reader = await ctx.sessions.of("caseworker");
    const response = await send(ctx.app, { method: "GET", url: "/api/directory/services?limit=200", session: reader });
    items = (response.json() as { items: ServiceDetail[] }).items;
  }, 120_000);
  afterAll(() => ctx.testApp.close());

  it("writes every entry once, across Ukraine, Poland, Romania and Moldova, all located", async () => {
    expect(made).toBe(expected);
    expect(items).toHaveLength(expected);
    expect(new Set(items.map((item) => item.country))).toEqual(new Set(["UA", "PL", "RO", "MD"]));
    expect(items.every((item) => item.latitude !== null && item.longitude !== null)).toBe(true);
    expect(await seedDemoDirectory(ctx.testApp.services)).toBe(0);
  });

  it("covers the referral pathway's services", () => {
    const types = new Set(items.map((item) => item.serviceType));
    for (const type of [
      "ShelterForChildren",
      "SpecialisedShelterForVictims",
      "Legal",
      "Mhpss",
      "Medical",
      "Interpretation",
      "EmploymentSupport",
      "Hotline",
      "LawEnforcement",
      "ChildProtectionAuthority",
      "NationalReferralMechanism",
    ]) {
      expect([type, types.has(type as ServiceType)]).toEqual([type, true]);
    }
  });

  it("links each demo organisation's own entry to itself, kept by itself", () => {
    for (const [name, id] of Object.entries(ctx.demo.organisationIds)) {
      const own = items.filter((item) => item.providerName === name);
      expect([name, own.length > 0]).toEqual([name, true]);
      for (const item of own) expect([item.memberOrganisationId, item.keeperOrganisationId]).toEqual([id, id]);
    }
  });

  it("has entries verified lately, over six months ago and never", () => {
    const due = items.filter((item) => item.verificationDue);
    expect(due.some((item) => item.verifiedAt === null)).toBe(true);
    expect(due.some((item) => item.verifiedAt !== null)).toBe(true);
    expect(items.filter((item) => !item.verificationDue).length).toBeGreaterThan(5);
  });
});

type ServiceType = ServiceDetail["serviceType"];
