import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, errorOf, send, type TestSession } from "../../testing/http.js";
import { directoryEntry, refer } from "./referrals.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

const NO_RISKS = {
  job_offer: "no",
  documents_held: "no",
  unpaid_work: "no",
  not_free: "no",
  travel_controlled: "no",
  debt: "no",
  forced: "no",
  threatened: "no",
  feels_safe: "yes",
  screener_signs: ["none"],
};

describe.each(testDatabaseKinds())("referral from a screening (%s)", (kind) => {
  let ctx: Ctx;
  let screener: TestSession;
  let partner: TestSession;
  let serviceId: string;

  async function screening(consentRefer: "yes" | "no") {
    const forms = (await send(ctx.app, { method: "GET", url: "/api/forms", session: screener })).json();
    const rapid = forms.items.find((form: { formKey: string }) => form.formKey === "rapid_screening");
    const response = await send(ctx.app, {
      method: "POST",
      url: "/api/screenings",
      session: screener,
      payload: {
        formId: rapid.id,
        formVersion: rapid.publishedVersion,
        answers: {
          consent_record: "yes",
          screening_site: "border_crossing",
          gives_name: "yes",
          given_name: "Mariia",
          family_name: "Screenedova",
          age_known: "yes",
          age: 29,
          sex: "female",
          citizenship: "UA",
          country_origin: "UA",
          country_from: "UA",
          destination: "PL",
          travel_with: "alone",
          has_id_document: "yes",
          pregnant: "no",
          urgent_medical: "no",
          needs: ["shelter"],
          ...NO_RISKS,
          consent_refer: consentRefer,
        },
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  }

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    screener = await ctx.sessions.of("screener");
    partner = await ctx.sessions.of("partner_caseworker");
    const partnerOrgId = ctx.demo.organisationIds[ctx.demo.accountOf("partner_caseworker").organisation] as string;
    ({ serviceId } = await directoryEntry(ctx.testApp, {
      keeper: partnerOrgId,
      member: partnerOrgId,
      name: "Shelter",
    }));
  });
  afterAll(() => ctx.testApp.close());

  it("refers a screened person who agreed to be referred, sharing what the screening holds", async () => {
    const screeningId = await screening("yes");
    const response = await refer(ctx.app, screener, {
      screeningId,
      serviceIds: [serviceId],
      sharedFields: ["name", "sex", "birthYear", "phones"],
    });
    expect(response.statusCode, response.body).toBe(201);
    const made = response.json().items[0];
    const incoming = (
      await send(ctx.app, { method: "GET", url: `/api/incoming-referrals/${made.id}`, session: partner })
    ).json();
    expect(incoming.shared).toMatchObject({
      name: { firstName: "Mariia", secondName: "Screenedova" },
      sex: "Female",
      phones: [],
    });
    expect(incoming.shared.birthYear).toBeGreaterThan(1990);
    expect(JSON.stringify(incoming)).not.toContain(screeningId);
  });

  it("refuses a screening whose person did not agree, and a case and a screening at once", async () => {
    const screeningId = await screening("no");
    const refused = await refer(ctx.app, screener, { screeningId, serviceIds: [serviceId] });
    expect(errorOf(refused).fields?.[0]).toMatchObject({ field: "body", problem: "sharing_consent_missing" });
    const both = await refer(ctx.app, screener, { screeningId, caseId: crypto.randomUUID(), serviceIds: [serviceId] });
    expect(errorOf(both).fields?.[0]).toMatchObject({ field: "body.screeningId", problem: "case_or_screening" });
  });
});
