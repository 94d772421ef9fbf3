import { describe, expect, it } from "vitest";
import { normaliseHtcdsValue, normaliseHtcdsValues } from "./legacy.js";
import { VOCABULARIES, VOCABULARY_NAMES } from "./registry.js";

describe("normalising values of earlier HTCDS versions", () => {
  it("keeps every current value as it is", () => {
    for (const name of VOCABULARY_NAMES) {
      for (const value of VOCABULARIES[name]) expect(normaliseHtcdsValue(name, value)).toBe(value);
    }
  });

  it("maps 0.1 / 0.2 genders", () => {
    expect(normaliseHtcdsValue("gender", "Male")).toBe("Masculine");
    expect(normaliseHtcdsValue("gender", "Female")).toBe("Feminine");
    expect(normaliseHtcdsValue("gender", "Transgender/NonConforming")).toBe("NonConforming");
    expect(normaliseHtcdsValue("gender", "Unknown")).toBe("NonSpecifiedUnknown");
    expect(normaliseHtcdsValue("gender", "Not Specified/Unknown")).toBe("NonSpecifiedUnknown");
    expect(normaliseHtcdsValue("gender", "f")).toBe("Feminine");
    expect(normaliseHtcdsValue("gender", "WOMAN")).toBe("Feminine");
  });

  it("maps 0.2 recruitment methods, splitting the combined internet value", () => {
    expect(normaliseHtcdsValue("recruitmentMethod", "EducationalFacility")).toBe("AtAnEducationalInstitution");
    expect(normaliseHtcdsValue("recruitmentMethod", "Work")).toBe("AtWork");
    expect(normaliseHtcdsValue("recruitmentMethod", "PublicArea")).toBe("Other");
    expect(normaliseHtcdsValues("recruitmentMethod", ["Internet (social media, online advertisement)"])).toEqual({
      values: ["ThroughOnlineSocialNetworks", "ThroughAnOnlineAdvertisement"],
      unrecognised: [],
    });
    expect(normaliseHtcdsValue("recruitmentMethod", "Familial")).toBe("ThroughFamilyOrFamilyEvents");
  });

  it("drops 'unknown' from multiselects and reports what it cannot read", () => {
    expect(normaliseHtcdsValues("recruitmentMethod", ["Unknown", "Work", "work", " ", "Carrier pigeon"])).toEqual({
      values: ["AtWork"],
      unrecognised: ["Carrier pigeon"],
    });
    expect(normaliseHtcdsValue("recruitmentMethod", "Unknown")).toBeUndefined();
  });

  it("maps 0.2 exploitation types", () => {
    expect(normaliseHtcdsValue("exploitationType", "ForcedMilitaryService")).toBe("ForcedMilitaryByNonStateActors");
    expect(normaliseHtcdsValue("exploitationType", "IllegalAdoption")).toBe("ForcedAdoption");
    expect(normaliseHtcdsValue("exploitationType", "IllicitActivities")).toBe("Other");
    expect(normaliseHtcdsValue("exploitationType", "Slavery and similar practices")).toBe("Servitude");
    expect(normaliseHtcdsValue("exploitationType", "Begging")).toBe("ForcedBegging");
    expect(normaliseHtcdsValue("exploitationType", "Forced labour")).toBe("ForcedLabour");
    expect(normaliseHtcdsValue("exploitationType", "Labour exploitation")).toBe("ForcedLabour");
    expect(normaliseHtcdsValue("exploitationType", "sexual_exploitation")).toBe("SexualExploitation");
    expect(normaliseHtcdsValue("exploitationType", "Sexual exploitation")).toBe("SexualExploitation");
  });

  it("maps 0.1 methods of control and sectors", () => {
    expect(normaliseHtcdsValue("controlMethod", "Threats")).toBe("PhysicalThreats");
    expect(normaliseHtcdsValue("controlMethod", "ThreatOfLawEnforcement")).toBe("ThreatsLawEnforcement");
    expect(normaliseHtcdsValue("controlMethod", "PsychoactiveSubstances")).toBe("PsychoactiveSubstance");
    expect(normaliseHtcdsValue("controlMethod", "RestrictsMovement")).toBe("RestrictsMovement");
    expect(normaliseHtcdsValue("forcedLabourIndustry", "DomesticWork")).toBe("T_ActivitiesOfHouseholdsAsEmployers");
    expect(normaliseHtcdsValue("forcedLabourIndustry", "F")).toBe("F_Construction");
    expect(normaliseHtcdsValue("forcedLabourIndustry", "Agriculture, forestry and fishing")).toBe(
      "A_AgricultureForestryAndFishing",
    );
    expect(normaliseHtcdsValue("victimVulnerability", "Caste")).toBe("SocialGroup");
  });

  it("tolerates case, spaces and underscores in any list", () => {
    expect(normaliseHtcdsValue("traffickerRelationship", "unacquainted")).toBe("Unaquainted");
    expect(normaliseHtcdsValue("caseStage", "Follow up")).toBe("follow_up");
    expect(normaliseHtcdsValue("caseStatus", "closed referred")).toBe("ClosedReferred");
    expect(normaliseHtcdsValue("language", "UK")).toBe("uk");
  });

  it("returns undefined for what it does not know", () => {
    expect(normaliseHtcdsValue("gender", "")).toBeUndefined();
    expect(normaliseHtcdsValue("exploitationType", "Masculine")).toBeUndefined();
  });
});
