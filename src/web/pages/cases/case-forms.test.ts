import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client.js";
import { filtersFromParams, NO_CASE_FILTERS, paramsFromFilters, toCaseQuery, toExportFilters } from "./case-filters.js";
import type { Person } from "./case-types.js";
import { errorsUnder } from "./field-errors.js";
import { formatDate } from "./format.js";
import { decidedPurposes, emptyDraft, toIntake } from "./intake-draft.js";
import { fromPerson, isChild, normalisePhone, toPersonPatch } from "./person-form.js";
import { fromVictim, toVictim } from "./victim-form.js";

const person: Person = {
  id: "7d6f2a4e-0a4b-4c43-9a51-0f0f4d9b1a11",
  displayName: "Olena Kovalenko",
  gender: "Feminine",
  sex: "Female",
  birthYear: 1994,
  birthYearEstimated: false,
  ageBand: "30-38",
  citizenships: ["UA"],
  primaryLanguage: "uk",
  languages: ["uk", "ru"],
  education: null,
  maritalStatus: null,
  numberOfChildren: null,
  migrationStatuses: [],
  vulnerabilityFlags: [],
  disability: null,
  deceased: false,
  identity: {
    firstName: "Olena",
    secondName: "Kovalenko",
    birthDate: "1994-03-02",
    phones: ["+380441234567"],
    identityDocuments: [{ type: "passport", number: "FX123456", country: "UA" }],
  },
  erased: false,
  mergedInto: null,
  version: 3,
  createdAt: "2025-01-01T10:00:00.000Z",
};

describe("case list filters in the address", () => {
  it("keeps vocabulary codes and dates, and drops anything else", () => {
    const values = filtersFromParams(
      new URLSearchParams("stage=assessment&status=Nope&citizenship=UA&openedFrom=2025-01-01&openedTo=soon&mine=1"),
    );
    expect(values).toEqual({
      ...NO_CASE_FILTERS,
      stage: "assessment",
      citizenship: "UA",
      openedFrom: "2025-01-01",
      mine: true,
    });
    expect(paramsFromFilters(values).toString()).toBe("stage=assessment&mine=1&citizenship=UA&openedFrom=2025-01-01");
    expect(toCaseQuery(values).mine).toBe("true");
    expect(paramsFromFilters(NO_CASE_FILTERS).toString()).toBe("");
  });

  it("become the body of an export without the order, leaving out what is not set", () => {
    const values = filtersFromParams(new URLSearchParams("stage=assessment&citizenship=UA&mine=1&sort=opened"));
    expect(JSON.parse(JSON.stringify(toExportFilters(values)))).toEqual({
      stage: "assessment",
      citizenship: "UA",
      mine: true,
    });
    const notMine = filtersFromParams(new URLSearchParams("stage=assessment"));
    expect(JSON.parse(JSON.stringify(toExportFilters(notMine)))).toEqual({ stage: "assessment" });
  });
});

describe("field problems", () => {
  it("are filed under their path below a prefix, a list item also under its list", () => {
    const error = new ApiError(400, "validation", "Some fields need attention.", [
      { field: "body.person.identity.firstName", problem: "too_big", message: "First name is too long." },
      { field: "body.person.citizenships.1", problem: "unknown_value", message: "Not in the list." },
      { field: "body.consents.0.guardian", problem: "guardian_required", message: "Name the guardian." },
    ]);
    expect(errorsUnder(error, "body.person.")).toEqual({
      "identity.firstName": "First name is too long.",
      "citizenships.1": "Not in the list.",
      citizenships: "Not in the list.",
    });
    expect(errorsUnder(error, "body.consents.")["0.guardian"]).toBe("Name the guardian.");
    expect(errorsUnder(new Error("other"))).toEqual({});
  });
});

describe("intake", () => {
  it("sends a new person, the victim context and only the consents decided", () => {
    const draft = emptyDraft("2025-05-01");
    draft.person = { ...draft.person, firstName: " Olena ", secondName: "Kovalenko", phones: ["+38 (044) 123-45-67"] };
    draft.consents.assistance = "given";
    draft.consents.research_statistics = "refused";
    draft.victim.exploitationTypes = ["ForcedLabour"];
    const intake = toIntake(draft);
    expect(intake.personId).toBeUndefined();
    expect(intake.person?.identity).toMatchObject({
      firstName: "Olena",
      secondName: "Kovalenko",
      phones: ["+380441234567"],
    });
    expect(intake.victim?.exploitationTypes).toEqual(["ForcedLabour"]);
    expect(decidedPurposes(draft)).toEqual(["assistance", "research_statistics"]);
    expect(intake.consents?.map((c) => [c.purpose, c.decision, c.decidedOn, c.guardian])).toEqual([
      ["assistance", "given", "2025-05-01", null],
      ["research_statistics", "refused", "2025-05-01", null],
    ]);
  });

  it("names only the existing person when one was picked, and the guardian of a child", () => {
    const draft = emptyDraft("2025-05-01");
    draft.existing = {
      personId: person.id,
      displayName: "Olena Kovalenko",
      birthYear: 2012,
      caseNumbers: ["PL-2025-00001"],
    };
    draft.person = { ...draft.person, firstName: "typed before picking" };
    draft.consents.assistance = "given";
    draft.guardianName = "Iryna Kovalenko";
    draft.guardianRelationship = "mother";
    const intake = toIntake(draft);
    expect(intake).not.toHaveProperty("person");
    expect(intake.personId).toBe(person.id);
    expect(intake.consents?.[0]?.guardian).toEqual({ name: "Iryna Kovalenko", relationship: "mother" });
  });

  it("knows a child by age on the day or by a child flag", () => {
    expect(isChild("2025-05-01", "2010-06-01", null, [])).toBe(true);
    expect(isChild("2025-05-01", "2007-05-01", null, [])).toBe(false);
    expect(isChild("2025-05-01", null, 1990, ["UnaccompaniedChild"])).toBe(true);
    expect(isChild("2025-05-01", null, null, [])).toBe(false);
  });

  it("puts phone numbers in international form", () => {
    expect(normalisePhone("00 48 601 234 567")).toBe("+48601234567");
    expect(normalisePhone("+380 (44) 123-45-67")).toBe("+380441234567");
  });
});

describe("changing a known person", () => {
  it("sends only what changed, and the whole identity when a name changed", () => {
    expect(toPersonPatch(fromPerson(person), person)).toEqual({ version: 3 });
    const patch = toPersonPatch(
      { ...fromPerson(person), middleName: "Ivanivna", sex: "Female", languages: ["uk"] },
      person,
    );
    expect(patch).toEqual({
      languages: ["uk"],
      identity: { ...person.identity, middleName: "Ivanivna", otherNames: [], emails: [], address: null },
      version: 3,
    });
    expect(patch.identity?.identityDocuments).toEqual(person.identity?.identityDocuments);
  });

  it("sends documents, address and the situation fields, keeping coordinates the form does not show", () => {
    const located: Person = {
      ...person,
      identity: { ...person.identity, address: { city: "Lviv", latitude: 49.84, longitude: 24.03 } },
    };
    const values = fromPerson(located);
    expect(values.address).toMatchObject({ city: "Lviv", street: "", country: null });
    const patch = toPersonPatch(
      {
        ...values,
        address: { ...values.address, street: " Shevchenka 5 ", country: "UA" },
        documents: [...values.documents, { type: "national ID", number: " 123 ", country: null }],
        emails: [" olena@example.org "],
        education: "PrimaryEducation",
        numberOfChildren: "2",
        deceased: true,
        // Answered in another order than the questions: still sent in the questions' order.
        disability: { Walking: "SomeDifficulty", Seeing: "ALotOfDifficulty" },
      },
      located,
    );
    expect(patch.identity?.address).toEqual({
      street: "Shevchenka 5",
      city: "Lviv",
      region: null,
      postalCode: null,
      country: "UA",
      latitude: 49.84,
      longitude: 24.03,
    });
    expect(patch.identity?.identityDocuments).toEqual([
      { type: "passport", number: "FX123456", country: "UA" },
      { type: "national ID", number: "123", country: null },
    ]);
    expect(patch.identity?.emails).toEqual(["olena@example.org"]);
    expect(patch).toMatchObject({ education: "PrimaryEducation", numberOfChildren: 2, deceased: true });
    expect(Object.keys(patch.disability ?? {})).toEqual(["Seeing", "Walking"]);
  });

  it("clears the disability answers and the number of children when they are emptied", () => {
    const answered: Person = { ...person, disability: { Hearing: "SomeDifficulty" }, numberOfChildren: 1 };
    const patch = toPersonPatch({ ...fromPerson(answered), disability: {}, numberOfChildren: "" }, answered);
    expect(patch).toEqual({ disability: null, numberOfChildren: null, version: 3 });
  });

  it("clears a year of birth that was taken away", () => {
    const withYear: Person = { ...person, identity: { firstName: "Olena" }, birthYear: 1990, birthYearEstimated: true };
    expect(toPersonPatch({ ...fromPerson(withYear), birthYear: "" }, withYear)).toMatchObject({ birthYear: null });
  });
});

describe("victim context", () => {
  it("drops places without a country and turns the age into a number", () => {
    const values = {
      ...fromVictim(null),
      ageWhenTrafficked: "17",
      recruitmentPlaces: [
        { country: "UA", place: " Lviv " },
        { country: null, place: "somewhere" },
      ],
    };
    const victim = toVictim(values);
    expect(victim.ageWhenTrafficked).toBe(17);
    expect(victim.recruitmentPlaces).toEqual([{ country: "UA", place: "Lviv" }]);
    expect(fromVictim(victim).recruitmentPlaces).toEqual([{ country: "UA", place: "Lviv" }]);
  });
});

describe("dates", () => {
  it("shows a calendar date on its own day in every time zone, in the interface language", () => {
    expect(formatDate("2025-03-02", "en")).toBe("Mar 2, 2025");
    expect(formatDate("2025-03-02", "uk")).toContain("2025");
    expect(formatDate(null, "en")).toBe("");
  });
});
