import { describe, expect, it } from "vitest";
import { CATALOGUES } from "../i18n/catalogues.js";
import { LANGUAGES } from "../i18n/languages.js";
import { CONTROL_METHOD_EXTENSIONS, HTCDS_CONTROL_METHODS, isHtcdsControlMethod } from "./index.js";
import { INTL_LABELLED_VOCABULARIES, VOCABULARIES, VOCABULARY_NAMES, type VocabularyName } from "./registry.js";

/** Value counts of "HTCDS Field Standards 2.0.ods", sheet Field_Standards, column "Value Names". */
const HTCDS_SIZES: Partial<Record<VocabularyName, number>> = {
  gender: 6, // prs_Gender
  maritalStatus: 6, // prs_MaritalStatus
  educationLevel: 9, // prs_HighestLevelOfEducation
  traffickingStatus: 3, // vic_TraffickingStatus
  statusDecider: 5, // vic_TraffickingStatusDecisionMakingOrg
  traffickerRelationship: 3, // vic_RelationshipToTrafficker
  websiteOrApp: 15, // vic_RecruitmentWebsitesAndApps, vic_ExploitationWebsitesAndApps
  recruitmentMethod: 10, // vic_MethodOfRecruitment
  controlMethod: 16 + 2, // vic_MethodsOfControl, plus RestrictsMovement and UsesChildren
  exploitationType: 11, // vic_TypeOfExploitation
  forcedLabourIndustry: 21, // vic_ForcedLabourIndustry
  sexExploitationType: 4, // vic_TypeOfSexExploitation
  victimVulnerability: 12, // vic_Vulnerabilities (deprecated)
  perpetratorRole: 15, // per_RoleInProcess
  caseStatus: 4, // cas_Status
  referralReason: 3, // cas_ReasonForIncomingReferral = cas_ReasonForOutgoingReferral
  eventType: 3, // hte_Type
  supportPlanType: 9, // spl_Type
};

describe("vocabularies", () => {
  it.each(Object.entries(HTCDS_SIZES))("%s has the size of the HTCDS 2.0 list", (name, size) => {
    expect(VOCABULARIES[name as VocabularyName]).toHaveLength(size);
  });

  it("keeps the standard's own spellings", () => {
    expect(VOCABULARIES.traffickerRelationship).toContain("Unaquainted");
    expect(VOCABULARIES.websiteOrApp).toContain("4Sale");
    expect(VOCABULARIES.forcedLabourIndustry[0]).toBe("A_AgricultureForestryAndFishing");
    expect(VOCABULARIES.statusDecider).toContain("NonPoliceGovernmentalOrganization");
  });

  it("marks the two control methods missing from the 2.0 field list as extensions", () => {
    expect(HTCDS_CONTROL_METHODS).toHaveLength(16);
    expect(CONTROL_METHOD_EXTENSIONS).toEqual(["RestrictsMovement", "UsesChildren"]);
    expect(isHtcdsControlMethod("DebtBondage")).toBe(true);
    expect(isHtcdsControlMethod("RestrictsMovement")).toBe(false);
  });

  it.each(VOCABULARY_NAMES)("%s has no duplicate or empty values", (name) => {
    const values: readonly string[] = VOCABULARIES[name];
    expect(values.length).toBeGreaterThan(0);
    expect(new Set(values).size).toBe(values.length);
    // Values become translation keys: a dot or colon would split the key.
    for (const value of values) expect(value).toMatch(/^[\w+-]+$/);
  });
});

describe("vocabulary labels", () => {
  const labelled = VOCABULARY_NAMES.filter((name) => !INTL_LABELLED_VOCABULARIES.includes(name));

  const section = (lang: (typeof LANGUAGES)[number]) => CATALOGUES[lang].htcds as Record<string, unknown>;

  it.each(LANGUAGES)("%s labels every value of every list", (lang) => {
    const missing: string[] = [];
    for (const name of labelled) {
      const labels = (section(lang)[name] ?? {}) as Record<string, unknown>;
      for (const value of VOCABULARIES[name]) {
        const label = labels[value];
        if (typeof label !== "string" || label.trim() === "") missing.push(`${name}.${value}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)("%s has no labels for values that do not exist", (lang) => {
    const extra: string[] = [];
    for (const [name, labels] of Object.entries(section(lang))) {
      if (name === "attribution") continue;
      const values: readonly string[] = VOCABULARIES[name as VocabularyName] ?? [];
      for (const value of Object.keys(labels as object)) if (!values.includes(value)) extra.push(`${name}.${value}`);
    }
    expect(extra).toEqual([]);
  });

  it.each(LANGUAGES)("%s carries the HTCDS attribution", (lang) => {
    const attribution = section(lang).attribution;
    expect(attribution).toEqual(expect.stringContaining("HTCDS"));
    expect(attribution).toEqual(expect.stringContaining("CC BY 4.0"));
  });

  it.each(LANGUAGES.filter((lang) => lang !== "en"))("%s is translated, not copied from English", (lang) => {
    const english = section("en");
    let same = 0;
    let total = 0;
    for (const name of labelled) {
      for (const value of VOCABULARIES[name]) {
        total++;
        const en = (english[name] as Record<string, string>)[value];
        if ((section(lang)[name] as Record<string, string>)[value] === en) same++;
      }
    }
    // Brand names (WhatsApp, TikTok …) and a few international words stay as they are; little else may.
    expect(same / total).toBeLessThan(0.1);
  });
});
