import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../testing/databases.js";
import {
  auditEntriesAfter,
  createDemoApp,
  createTestUser,
  errorOf,
  lastAuditSeq,
  send,
  signInOrThrow,
  type TestSession,
} from "../../../testing/http.js";
import { addProvider, addService, KRAKOW, type MatchAnswer, namesAmong } from "./matching.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

const YEAR = new Date().getUTCFullYear();

/** A woman with temporary protection, no safe place to sleep and an urgent medical need. */
const PERSON = {
  identity: { firstName: "Olena", secondName: "Marchenko" },
  sex: "Female",
  birthYear: 1992,
  citizenships: ["UA"],
  primaryLanguage: "uk",
  languages: ["ru"],
  migrationStatuses: ["TemporaryProtection"],
  vulnerabilityFlags: ["NoSafeAccommodation", "UrgentMedicalNeed"],
};

/** Rapid screening answers: a woman of 34 who needs food and shelter and is not free to leave. */
const SCREENING_ANSWERS = {
  consent_record: "yes",
  consent_refer: "yes",
  gives_name: "no",
  age_known: "yes",
  age: 34,
  sex: "female",
  citizenship: "UA",
  needs: ["food", "shelter"],
  not_free: "yes_now",
  controller_nearby: "yes",
};

describe.each(testDatabaseKinds())("service matches of a case and of a screening (%s)", (kind) => {
  let ctx: Ctx;
  let caseworker: TestSession;
  let elsewhere: TestSession;
  let caseId: string;
  let personId: string;
  let screeningId: string;
  let ids: string[];

  const get = (url: string, session = caseworker) => send(ctx.app, { method: "GET", url, session });
  const matched = async (url: string, session = caseworker): Promise<MatchAnswer> => {
    const response = await get(url, session);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as MatchAnswer;
  };
  const post = async (url: string, payload: unknown, session = caseworker) => {
    const response = await send(ctx.app, { method: "POST", url, session, payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; personId: string };
  };

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    const own = ctx.demo.mainOrganisationId;
    const otherId = Object.values(ctx.demo.organisationIds).find((id) => id !== own) ?? "";
    elsewhere = await signInOrThrow(
      ctx.app,
      await createTestUser(ctx.testApp, { organisationId: otherId, roles: ["supervisor"] }),
    );
    const opened = await post("/api/cases", { person: PERSON });
    caseId = opened.id;
    personId = opened.personId;
    await post(`/api/cases/${caseId}/assistance`, { assistanceType: "Legal", status: "planned" });
    await post(`/api/cases/${caseId}/assistance`, {
      assistanceType: "Food",
      status: "provided",
      providedOn: new Date().toISOString().slice(0, 10),
    });
    await post(`/api/cases/${caseId}/plans`, { planType: "Health" });
    const forms = (await get("/api/forms", await ctx.sessions.of("screener"))).json();
    const rapid = forms.items.find((form: { formKey: string }) => form.formKey === "rapid_screening");
    const screening = await post(
      "/api/screenings",
      {
        formId: rapid.id,
        formVersion: rapid.publishedVersion,
        answers: SCREENING_ANSWERS,
        location: { country: "PL", place: "Medyka", siteType: "border_crossing" },
      },
      await ctx.sessions.of("screener"),
    );
    screeningId = screening.id;
    const provider = await addProvider(ctx.testApp, own, { name: "Warsaw Help Centre" });
    const krakow = await addProvider(ctx.testApp, own, { name: "Kraków Help", ...KRAKOW });
    ids = [
      await addService(ctx.testApp, own, provider, { service_type: "Legal", name: "Legal aid", languages: ["uk"] }),
      await addService(ctx.testApp, own, provider, { service_type: "Medical", name: "Clinic" }),
      await addService(ctx.testApp, own, provider, { name: "Women's shelter", sexes: ["Female"], min_age: 18 }),
      await addService(ctx.testApp, own, provider, { name: "Men's shelter", sexes: ["Male"] }),
      await addService(ctx.testApp, own, provider, { service_type: "Food", name: "Food bank" }),
      await addService(ctx.testApp, own, krakow, { service_type: "Legal", name: "Kraków legal aid" }),
      await addService(ctx.testApp, own, provider, {
        service_type: "SpecialisedShelterForVictims",
        name: "Safe house",
        statuses: ["TemporaryProtection"],
      }),
    ];
  });
  afterAll(() => ctx.testApp.close());

  it("reads a case's needs from planned assistance, support plans and flags, and the person's facts", async () => {
    const answer = await matched(`/api/cases/${caseId}/service-matches`);
    // Planned assistance, then the Health plan, then the flags in order of urgency; provided Food is done.
    expect(answer.needs.serviceTypes).toEqual(["Legal", "Medical", "Mhpss", "ShelterAndAccommodation"]);
    expect(answer.needs).toMatchObject({
      place: { country: "PL", city: "Warszawa" },
      languages: ["uk", "ru"],
      age: { min: YEAR - 1992 - 1, max: YEAR - 1992 },
      sex: "Female",
      nationalities: ["UA"],
      statuses: ["TemporaryProtection"],
    });
    // The organisation's city is the place: services there rank by need, the first need's service elsewhere
    // falls behind the next need's service in town.
    expect(namesAmong(answer, ids)).toEqual(["Legal aid", "Clinic", "Kraków legal aid", "Women's shelter"]);
    expect(answer.items.find((item) => item.name === "Women's shelter")?.reasons).toContainEqual({
      code: "eligible",
      params: {},
    });
  });

  it("audits the read as a case read, naming the person", async () => {
    const seq = await lastAuditSeq(ctx.testApp);
    await matched(`/api/cases/${caseId}/service-matches`);
    const entries = await auditEntriesAfter(ctx.testApp, seq);
    expect(entries.map((e) => [e.action, e.record_type, e.record_id, e.record_ids, e.outcome])).toEqual([
      ["case.service_matches", "case", caseId, [personId], "allowed"],
    ]);
  });

  it("takes service types and the place from the query instead", async () => {
    const answer = await matched(
      `/api/cases/${caseId}/service-matches?serviceType=Legal&serviceType=Food&city=Krak%C3%B3w&latitude=50.06&longitude=19.94`,
    );
    expect(answer.needs.serviceTypes).toEqual(["Legal", "Food"]);
    expect(answer.needs.place).toEqual({
      country: "PL",
      region: null,
      city: "Kraków",
      latitude: 50.06,
      longitude: 19.94,
    });
    // In Kraków the local legal aid comes first; a comma-separated list works as well.
    expect(namesAmong(answer, ids)).toEqual(["Kraków legal aid", "Legal aid", "Food bank"]);
    const commas = await matched(`/api/cases/${caseId}/service-matches?serviceType=Food,Medical&limit=1`);
    expect(commas.needs.serviceTypes).toEqual(["Food", "Medical"]);
    expect(commas.items).toHaveLength(1);
    // Empty parameters, as a form sends them, are no place at all: the organisation's stays.
    const empty = await matched(`/api/cases/${caseId}/service-matches?latitude=&longitude=&serviceType=`);
    expect(empty.needs.place).toMatchObject({ country: "PL", city: "Warszawa", latitude: null });
    expect(empty.needs.serviceTypes).toEqual(["Legal", "Medical", "Mhpss", "ShelterAndAccommodation"]);
  });

  it("answers 404 for another organisation's case or screening, and for a case out of the caller's scope", async () => {
    for (const url of [`/api/cases/${caseId}/service-matches`, `/api/screenings/${screeningId}/service-matches`]) {
      const response = await get(url, elsewhere);
      expect([url, response.statusCode, errorOf(response).code]).toEqual([url, 404, "not_found"]);
    }
    const stranger = await createTestUser(ctx.testApp, {
      organisationId: ctx.demo.mainOrganisationId,
      roles: ["caseworker"],
    });
    const response = await get(`/api/cases/${caseId}/service-matches`, await signInOrThrow(ctx.app, stranger));
    expect(response.statusCode).toBe(404);
    const missing = await get("/api/cases/00000000-0000-4000-8000-000000000000/service-matches");
    expect(missing.statusCode).toBe(404);
  });

  it("names the query field that is wrong", async () => {
    const url = `/api/cases/${caseId}/service-matches`;
    const cases: [string, string, string][] = [
      ["latitude=52.2", "query.longitude", "required"],
      ["longitude=21", "query.latitude", "required"],
      ["latitude=100&longitude=21", "query.latitude", "too_big"],
      ["serviceType=Teleportation", "query.serviceType.0", "unknown_value"],
      ["limit=0", "query.limit", "too_small"],
      ["country=XX", "query.country", "unknown_value"],
      ["colour=red", "query.colour", "unknown_field"],
    ];
    for (const [query, field, problem] of cases) {
      const response = await get(`${url}?${query}`);
      expect([query, response.statusCode]).toEqual([query, 400]);
      expect(errorOf(response).fields?.map((f) => [f.field, f.problem])).toContainEqual([field, problem]);
    }
  });

  it("reads a screening's needs and suggested services, most urgent first, with sex and age band", async () => {
    const seq = await lastAuditSeq(ctx.testApp);
    const answer = await matched(`/api/screenings/${screeningId}/service-matches`, await ctx.sessions.of("screener"));
    expect(answer.needs.serviceTypes.slice(0, 3)).toEqual([
      "SpecialisedShelterForVictims",
      "ShelterAndAccommodation",
      "LawEnforcement",
    ]);
    expect(answer.needs.serviceTypes).toEqual(expect.arrayContaining(["ShelterAndAccommodation", "Food"]));
    expect(answer.needs).toMatchObject({ sex: "Female", age: { min: 30, max: 38 }, place: { country: "PL" } });
    // The safe house asks for a status the screening does not record: kept, with the rule to check.
    const safeHouse = answer.items.find((item) => item.name === "Safe house");
    expect(safeHouse?.reasons).toContainEqual({ code: "eligibility_unknown", params: { criterion: "status" } });
    expect(namesAmong(answer, ids)).toEqual(expect.arrayContaining(["Women's shelter", "Food bank"]));
    expect(namesAmong(answer, ids)).not.toContain("Men's shelter");
    const entries = await auditEntriesAfter(ctx.testApp, seq);
    expect(entries.map((e) => [e.action, e.record_type, e.record_id])).toEqual([
      ["screening.service_matches", "screening", screeningId],
    ]);
  });
});
