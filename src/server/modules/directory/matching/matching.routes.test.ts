import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../testing/databases.js";
import {
  auditEntriesAfter,
  createDemoApp,
  errorOf,
  lastAuditSeq,
  send,
  type TestSession,
} from "../../../testing/http.js";
import { addProvider, addService, BERLIN, KRAKOW, type MatchAnswer, namesAmong, WARSAW } from "./matching.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

describe.each(testDatabaseKinds())("service matching for needs given outright (%s)", (kind) => {
  let ctx: Ctx;
  let operator: TestSession;
  let ids: string[];
  let otherOrganisationId: string;

  const match = (payload: unknown, session = operator) =>
    send(ctx.app, { method: "POST", url: "/api/directory/matches", session, payload });
  const matched = async (payload: unknown): Promise<MatchAnswer> => {
    const response = await match(payload);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as MatchAnswer;
  };
  const ADULT_MAN = {
    serviceTypes: ["ShelterAndAccommodation", "Legal"],
    place: WARSAW,
    languages: ["uk"],
    age: 30,
    sex: "Male",
    nationalities: ["UA"],
  };

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    operator = await ctx.sessions.of("hotline_operator");
    const own = ctx.demo.mainOrganisationId;
    otherOrganisationId = Object.values(ctx.demo.organisationIds).find((id) => id !== own) ?? "";
    const app = ctx.testApp;
    const warsaw = await addProvider(app, own, {
      name: "Warsaw Shelter Foundation",
      member_organisation_id: otherOrganisationId,
      phone: "+48 22 100 20 30",
      email: "help@shelter.example.org",
    });
    // Kept by another organisation: the directory is one for the whole deployment.
    const krakow = await addProvider(app, otherOrganisationId, { name: "Kraków Help", ...KRAKOW });
    const berlin = await addProvider(app, own, { name: "Berlin Beratung", ...BERLIN });
    const retired = await addProvider(app, own, { name: "Closed NGO", retired_at: new Date() });
    const shelter = { service_type: "ShelterAndAccommodation" };
    ids = [
      await addService(app, own, warsaw, { ...shelter, name: "Warsaw shelter", languages: ["uk", "pl"] }),
      await addService(app, otherOrganisationId, krakow, { ...shelter, name: "Kraków shelter", languages: ["uk"] }),
      await addService(app, own, warsaw, { service_type: "Legal", name: "Warsaw legal aid", languages: ["pl"] }),
      await addService(app, own, warsaw, { ...shelter, name: "Women's shelter", sexes: ["Female"] }),
      await addService(app, own, warsaw, { ...shelter, name: "Youth shelter", max_age: 17 }),
      await addService(app, own, warsaw, { ...shelter, name: "Retired shelter", retired_at: new Date() }),
      await addService(app, own, retired, { ...shelter, name: "Shelter of a closed provider" }),
      await addService(app, own, berlin, { ...shelter, name: "Berlin shelter" }),
      await addService(app, own, berlin, { ...shelter, name: "Berlin shelter for Poland", area_countries: ["PL"] }),
      await addService(app, own, berlin, { service_type: "Mhpss", name: "Online counselling", remote: true }),
    ];
  });
  afterAll(() => ctx.testApp.close());

  it("ranks the wanted services that serve the person's country, and leaves out ineligible and retired ones", async () => {
    const answer = await matched(ADULT_MAN);
    expect(namesAmong(answer, ids)).toEqual([
      "Warsaw shelter",
      "Kraków shelter",
      "Berlin shelter for Poland",
      "Warsaw legal aid",
    ]);
    const [first] = answer.items;
    expect(first?.name).toBe("Warsaw shelter");
    expect(first?.reasons).toEqual(
      expect.arrayContaining([
        { code: "need_met", params: { serviceType: "ShelterAndAccommodation" } },
        { code: "distance", params: { km: 0 } },
        { code: "speaks", params: { language: "uk" } },
      ]),
    );
    // A member of the deployment: a Safepath referral reaches it. The provider's phone stands in for the service's.
    expect(first?.memberOrganisationId).toBe(otherOrganisationId);
    expect(first?.providerName).toBe("Warsaw Shelter Foundation");
    expect(first?.contact).toMatchObject({ phone: "+48 22 100 20 30", email: "help@shelter.example.org" });
    const krakow = answer.items.find((item) => item.name === "Kraków shelter");
    expect(krakow?.memberOrganisationId).toBeNull();
    expect(krakow?.distanceKm).toBeGreaterThan(240);
    expect(answer.items.find((item) => item.name === "Warsaw legal aid")?.reasons).toContainEqual({
      code: "no_common_language",
      params: {},
    });
    expect(answer.needs).toMatchObject({
      serviceTypes: ["ShelterAndAccommodation", "Legal"],
      age: { min: 30, max: 30 },
    });
  });

  it("lets the person's facts decide eligibility: a woman's shelter for a woman, a youth shelter for a teenager", async () => {
    const woman = await matched({ ...ADULT_MAN, sex: "Female" });
    expect(namesAmong(woman, ids)).toContain("Women's shelter");
    expect(woman.items.find((item) => item.name === "Women's shelter")?.reasons).toContainEqual({
      code: "eligible",
      params: {},
    });
    const teenager = await matched({ ...ADULT_MAN, age: 16 });
    expect(namesAmong(teenager, ids)).toContain("Youth shelter");
    // Nothing known about the person: no rule excludes them, each is named for a check.
    const unknown = await matched({ serviceTypes: ["ShelterAndAccommodation"], place: WARSAW });
    expect(namesAmong(unknown, ids)).toEqual(expect.arrayContaining(["Women's shelter", "Youth shelter"]));
    const youth = unknown.items.find((item) => item.name === "Youth shelter");
    expect(youth?.reasons).toContainEqual({ code: "eligibility_unknown", params: { criterion: "age" } });
  });

  it("offers a remote service with no area from anywhere, and keeps to the limit", async () => {
    const answer = await matched({ serviceTypes: ["Mhpss"], place: { country: "PL", city: "Lublin" } });
    const online = answer.items.find((item) => item.name === "Online counselling");
    expect(online?.reasons.map((reason) => reason.code)).toContain("remote");
    expect(online?.distanceKm).toBeNull();
    const one = await matched({ ...ADULT_MAN, limit: 1 });
    expect(one.items).toHaveLength(1);
  });

  it("matches for the caller's organisation's country when no place is given", async () => {
    const answer = await matched({ serviceTypes: ["ShelterAndAccommodation"] });
    expect(answer.needs.place).toMatchObject({ country: "PL" });
    expect(namesAmong(answer, ids)).toContain("Warsaw shelter");
    expect(namesAmong(answer, ids)).not.toContain("Berlin shelter");
    const inGermany = await matched({ serviceTypes: ["ShelterAndAccommodation"], place: { country: "DE" } });
    expect(namesAmong(inGermany, ids)).toEqual(["Berlin shelter"]);
  });

  it("audits the search with counts only", async () => {
    const seq = await lastAuditSeq(ctx.testApp);
    await matched(ADULT_MAN);
    const entries = await auditEntriesAfter(ctx.testApp, seq);
    expect(entries.map((entry) => [entry.action, entry.detail])).toContainEqual([
      "directory.match",
      { serviceTypes: 2, matches: expect.any(Number) },
    ]);
  });

  it("names the field of bad input", async () => {
    const cases: [unknown, string, string][] = [
      [{}, "body.serviceTypes", "required"],
      [{ serviceTypes: [] }, "body.serviceTypes", "too_small"],
      [{ serviceTypes: ["Teleportation"] }, "body.serviceTypes.0", "unknown_value"],
      [{ serviceTypes: ["Legal"], place: { country: "PL", latitude: 52.2 } }, "body.place.longitude", "required"],
      [
        { serviceTypes: ["Legal"], place: { country: "PL", latitude: 95, longitude: 0 } },
        "body.place.latitude",
        "too_big",
      ],
      [{ serviceTypes: ["Legal"], limit: 51 }, "body.limit", "too_big"],
      [{ serviceTypes: ["Legal"], age: -1 }, "body.age", "too_small"],
      [{ serviceTypes: ["Legal"], favourite: true }, "body.favourite", "unknown_field"],
    ];
    for (const [payload, field, problem] of cases) {
      const response = await match(payload);
      expect([JSON.stringify(payload), response.statusCode]).toEqual([JSON.stringify(payload), 400]);
      expect(errorOf(response).fields?.map((f) => [f.field, f.problem])).toContainEqual([field, problem]);
    }
  });

  it("is for the roles that read the directory", async () => {
    for (const role of ["auditor", "deployment_admin"] as const) {
      const response = await match(ADULT_MAN, await ctx.sessions.of(role));
      expect([role, response.statusCode]).toEqual([role, 403]);
    }
    for (const role of ["caseworker", "screener", "partner_caseworker"] as const) {
      const response = await match(ADULT_MAN, await ctx.sessions.of(role));
      expect([role, response.statusCode]).toEqual([role, 200]);
    }
  });
});
