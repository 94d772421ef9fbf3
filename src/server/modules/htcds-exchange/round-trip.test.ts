import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, send, type TestSession } from "../../testing/http.js";
import { foreignUser } from "../case-records/case-records.fixture.js";
import { type DemoContext, exportCases, importFile, intake } from "./exchange.fixture.js";

const given = (purpose: string) => ({ purpose, decision: "given", decidedOn: "2026-01-10", method: "written" });

/** What a person and their part in a case look like, without what belongs to one database. */
function comparable(detail: Record<string, unknown> & { people: Record<string, unknown>[] }) {
  return {
    stage: detail.stage,
    status: detail.status,
    openedOn: detail.openedOn,
    identifiedOn: detail.identifiedOn,
    incomingReferral: { ...(detail.incomingReferral as object), organisationId: null },
    people: detail.people.map((entry) => {
      const { id, version, createdAt, ...person } = entry.person as Record<string, unknown>;
      const consents = entry.consents as { current: Record<string, { decision: string; decidedOn: string }> };
      return {
        role: entry.role,
        relationship: entry.relationship,
        person,
        victim: entry.victim,
        perpetrator: entry.perpetrator,
        consents: Object.fromEntries(
          Object.entries(consents.current).map(([purpose, c]) => [purpose, [c.decision, c.decidedOn]]),
        ),
      };
    }),
  };
}

describe.each(testDatabaseKinds())("HTCDS round trip (%s)", (kind) => {
  let ctx: DemoContext;
  let supervisor: TestSession;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    supervisor = await ctx.sessions.of("supervisor");
  });
  afterAll(() => ctx.testApp.close());

  it("exports XLSX with identifying data and imports it into another organisation as the same people and fields", async () => {
    const created = await intake(ctx.app, supervisor, {
      person: {
        gender: "Feminine",
        sex: "Female",
        birthYearEstimated: false,
        citizenships: ["UA", "MD"],
        primaryLanguage: "uk",
        languages: ["uk", "ru", "pl"],
        education: "UpperSecondaryEducation",
        maritalStatus: "Divorced",
        numberOfChildren: 2,
        migrationStatuses: ["TemporaryProtection"],
        vulnerabilityFlags: ["SingleParent", "NoIncome"],
        disability: { Walking: "SomeDifficulty", Seeing: "NoDifficulty" },
        identity: {
          salutation: "Ms",
          firstName: "Svitlana",
          middleName: "Ivanivna",
          secondName: "Hrytsenko",
          otherNames: ["Svetlana Gritsenko"],
          birthDate: "1988-07-14",
          phones: ["+380501112233", "+48501112233"],
          emails: ["svitlana@example.org"],
          identityDocuments: [
            { type: "Passport", number: "FB123456", country: "UA" },
            { type: "Residence permit", number: "RP-778", country: null },
          ],
          address: { street: "ul. Długa 5", city: "Kraków", region: "Małopolska", postalCode: "31-147", country: "PL" },
        },
      },
      identifiedOn: "2026-01-08",
      openedOn: "2026-01-09",
      incomingReferral: {
        organisationName: "City hotline",
        date: "2026-01-07",
        reason: "AdditionalServicesRequired",
        details: "Call at night; safe to text",
      },
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        statusDecidedBy: "NGO",
        relationshipToTrafficker: "Acquainted",
        ageWhenTrafficked: 36,
        recruitmentMethods: ["ThroughOnlineSocialNetworks"],
        recruitmentWebsites: ["Telegram"],
        controlMethods: ["WithholdsDocuments", "RestrictsMovement"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "I_AccommodationAndFoodServiceActivities",
        victimVulnerabilities: ["Poverty"],
        vulnerabilityDetails: "Debts from the journey; two children at home",
        recruitmentPlaces: [{ country: "UA", place: "Vinnytsia" }],
        exploitationPlaces: [{ country: "PL", place: "Kraków" }, { country: "DE" }],
      },
      consents: [given("referral_sharing"), given("data_processing"), given("assistance")],
    });
    const perpetrator = await send(ctx.app, {
      method: "POST",
      url: `/api/cases/${created.id}/people`,
      session: supervisor,
      payload: {
        role: "perpetrator",
        person: { gender: "Masculine", identity: { firstName: "Roman", secondName: "Unknownson" } },
        perpetrator: { perpetratorRoles: ["RecruiterOrIntermediary", "Exploiter"], roleDetails: "Ran the agency" },
      },
    });
    expect(perpetrator.statusCode, perpetrator.body).toBe(200);
    // The perpetrator gave no consent: their identifying fields stay behind, their statistical ones leave.
    const original = (
      await send(ctx.app, { method: "GET", url: `/api/cases/${created.id}`, session: supervisor })
    ).json();

    const exported = await exportCases(ctx.app, supervisor, {
      format: "xlsx",
      caseIds: [created.id],
      reason: "Transfer of the case to the partner organisation",
      includeIdentifying: true,
    });
    expect(exported.statusCode, exported.body).toBe(200);

    const partner = await foreignUser(ctx, ["supervisor"]);
    const file = { fileName: "htcds-export.xlsx", content: exported.rawPayload };
    const dry = (await importFile(ctx.app, partner.session, file)).json();
    expect(dry).toMatchObject({ rows: 2, valid: 2, invalid: 0, cases: 1, problems: [], normalised: [] });
    const imported = await importFile(ctx.app, partner.session, file, "?dryRun=false");
    expect(imported.statusCode, imported.body).toBe(200);

    const list = await send(ctx.app, { method: "GET", url: "/api/cases", session: partner.session });
    const items = list.json().items as { id: string; caseNumber: string }[];
    expect(items).toHaveLength(1);
    const copy = (
      await send(ctx.app, { method: "GET", url: `/api/cases/${items[0]?.id}`, session: partner.session })
    ).json();
    expect(copy.caseNumber).not.toBe(original.caseNumber);

    const expected = comparable(original);
    const withheld = expected.people[1];
    if (withheld) {
      // What stayed behind for want of consent: the perpetrator's names and the text about their role.
      withheld.person = { ...withheld.person, displayName: "", identity: { otherNames: [], phones: [], emails: [] } };
      withheld.perpetrator = { ...(withheld.perpetrator as object), roleDetails: null };
    }
    const actual = comparable(copy);
    const copiedPerpetrator = actual.people[1];
    if (copiedPerpetrator) {
      const identity = copiedPerpetrator.person.identity as Record<string, unknown>;
      copiedPerpetrator.person = {
        ...copiedPerpetrator.person,
        identity: {
          otherNames: identity.otherNames ?? [],
          phones: identity.phones ?? [],
          emails: identity.emails ?? [],
        },
      };
    }
    expect(actual).toEqual(expected);
    expect(copy.people[0].person.identity.firstName).toBe("Svitlana");
    expect(copy.incomingReferral.details).toBe("Call at night; safe to text");
  });
});
