import { VOCABULARIES, type VocabularyName, type VocabularyValue } from "./registry.js";

/*
 * Values from earlier HTCDS versions and common spellings, mapped to HTCDS 2.0 values for import.
 *
 * Sources, all in the standard's public repository (github.com/UNMigration/HTCDS):
 * - 0.1 (Feb 2020): "HTCDS Field Reference.md", first version — gender Male / Female /
 *   Transgender/NonConforming / Unknown; recruitment methods given as labels (Abduction, Educational Facility,
 *   Familial, Internet (social media, online advertisement), International Marriage Broker (IMB), …);
 *   17 methods of control (Threats, ThreatOfLawEnforcement, PsychoactiveSubstances, RestrictsMovement,
 *   UsesChildren, …); a "Type of Labour Exploitation" field (Agriculture, DomesticWork, Peddling, …);
 *   vulnerability "Caste".
 * - 0.2 (Dec 2020): the same file, later version — exploitation types as labels (Forced labour, Slavery and
 *   similar practices, Begging, Illicit activities, …); and "Toolkit/Survey/htcds_xform.xml", the "HTCDS CORE
 *   0.2 Survey" — value names InternetSocialMediaOnlineAdvertisement, EducationalFacility, PublicArea,
 *   Shelter, Work, Unknown; ForcedMilitaryService, IllicitActivities, IllegalAdoption.
 * - 1.0 (Sep 2021): "HTCDS Field Standards 1.0.ods" is only published as a binary spreadsheet; the survey
 *   form released with 1.0 ("Toolkit/Survey/htcds_xlsform.xml", the first with Consent and Citizenship,
 *   which 1.0 introduced) already uses the 2.0 value names for gender, recruitment, exploitation and control,
 *   so 1.0 values pass through unchanged. Only its labels (e.g. "Not Specified/Unknown") need an alias.
 *
 * Where 2.0 has no equivalent, an old value maps to the 2.0 `Other` when it named a real method or type
 * (Abduction, Illicit activities), and to nothing when it meant "unknown" (an empty multiselect says that).
 * One old value may stand for two new ones (Internet → social networks and online advertisement).
 */
type AliasTable = { readonly [N in VocabularyName]?: Readonly<Record<string, readonly VocabularyValue<N>[]>> };

const ALIASES: AliasTable = {
  gender: {
    Male: ["Masculine"],
    Female: ["Feminine"],
    // The old combined value cannot say which transgender value applies; non-conforming is the one it surely covers.
    "Transgender/NonConforming": ["NonConforming"],
    Unknown: ["NonSpecifiedUnknown"],
    "Not Specified/Unknown": ["NonSpecifiedUnknown"],
    "Not specified": ["NonSpecifiedUnknown"],
    M: ["Masculine"],
    Man: ["Masculine"],
    Boy: ["Masculine"],
    F: ["Feminine"],
    Woman: ["Feminine"],
    Girl: ["Feminine"],
    "Transgender woman": ["TransgenderFeminine"],
    "Trans woman": ["TransgenderFeminine"],
    "Transgender man": ["TransgenderMasculine"],
    "Trans man": ["TransgenderMasculine"],
    "Non-binary": ["NonConforming"],
  },
  recruitmentMethod: {
    InternetSocialMediaOnlineAdvertisement: ["ThroughOnlineSocialNetworks", "ThroughAnOnlineAdvertisement"],
    EducationalFacility: ["AtAnEducationalInstitution"],
    PublicArea: ["Other"],
    Shelter: ["Other"],
    Work: ["AtWork"],
    Unknown: [],
    Abduction: ["Other"],
    Familial: ["ThroughFamilyOrFamilyEvents"],
    "International Marriage Broker (IMB)": ["Other"],
    "Intimate partner/marriage proposition": ["Other"],
    "Job offer/advertisement": ["Other"],
    "Posing as Benefactor": ["Other"],
    "Offer of Accommodation": ["Other"],
    "Smuggling, ransom": ["Other"],
    "Social media": ["ThroughOnlineSocialNetworks"],
    "Online advertisement": ["ThroughAnOnlineAdvertisement"],
  },
  controlMethod: {
    Threats: ["PhysicalThreats"],
    ThreatOfLawEnforcement: ["ThreatsLawEnforcement"],
    "Threats of law enforcement": ["ThreatsLawEnforcement"],
    PsychoactiveSubstances: ["PsychoactiveSubstance"],
  },
  exploitationType: {
    ForcedMilitaryService: ["ForcedMilitaryByNonStateActors"],
    IllegalAdoption: ["ForcedAdoption"],
    IllicitActivities: ["Other"],
    "Slavery and similar practices": ["Servitude"],
    Begging: ["ForcedBegging"],
    "Labour exploitation": ["ForcedLabour"],
    "Labor exploitation": ["ForcedLabour"],
    "Forced labor": ["ForcedLabour"],
    "Child labor": ["ChildLabour"],
    "Forced criminality": ["Other"],
    "Removal of organs": ["OrganRemoval"],
  },
  // 0.1 recorded the sector of labour exploitation in its own terms; each maps to its ISIC section.
  forcedLabourIndustry: {
    Agriculture: ["A_AgricultureForestryAndFishing"],
    Aquafarming: ["A_AgricultureForestryAndFishing"],
    MiningOrDrilling: ["B_MiningAndQuarrying"],
    Construction: ["F_Construction"],
    Peddling: ["G_WholesaleAndRetailTradeRepairOfMotorVehicles"],
    Transportation: ["H_TransportationAndStorage"],
    Hospitality: ["I_AccommodationAndFoodServiceActivities"],
    DomesticWork: ["T_ActivitiesOfHouseholdsAsEmployers"],
    "Water supply; sewerage, waste management and remediation": ["E_WaterSupplySewerageWasteManagement"],
    "Wholesale and retail trade; repair of motor vehicles and motorcycles": [
      "G_WholesaleAndRetailTradeRepairOfMotorVehicles",
    ],
    "Public administration and defence; compulsory social security": ["O_PublicAdministrationAndDefence"],
    "Activities of extraterritorial organizations and bodies": ["U_ActivitiesOfExtraterritorialOrganizations"],
  },
  victimVulnerability: { Caste: ["SocialGroup"] },
  traffickerRelationship: {
    Unacquainted: ["Unaquainted"],
    Stranger: ["Unaquainted"],
    Family: ["Familial"],
    Acquaintance: ["Acquainted"],
  },
  statusDecider: { "Non-police governmental organisation": ["NonPoliceGovernmentalOrganization"] },
  websiteOrApp: { X: ["Twitter"] },
  caseStatus: { Open: ["Active"] },
};

/** Comparison key: case, spaces, underscores and punctuation do not matter ("Forced labour" = "ForcedLabour"). */
function comparisonKey(value: string): string {
  return value
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

function buildIndex(name: VocabularyName): Map<string, readonly string[]> {
  const index = new Map<string, readonly string[]>();
  const add = (alias: string, targets: readonly string[]) => {
    const key = comparisonKey(alias);
    const existing = index.get(key);
    if (existing && existing.join() !== targets.join()) {
      throw new Error(`vocabulary "${name}": "${alias}" would mean both ${existing.join()} and ${targets.join()}`);
    }
    index.set(key, targets);
  };
  for (const value of VOCABULARIES[name]) add(value, [value]);
  if (name === "forcedLabourIndustry") {
    // ISIC sections are also known by their letter alone and by their name without it.
    for (const value of VOCABULARIES.forcedLabourIndustry) {
      add(value.slice(0, 1), [value]);
      add(value.slice(2), [value]);
    }
  }
  for (const [alias, targets] of Object.entries(ALIASES[name] ?? {})) add(alias, targets as readonly string[]);
  return index;
}

// Built at load so that a contradictory alias fails the first test run, not an import months later.
const INDEXES = new Map(
  (Object.keys(VOCABULARIES) as VocabularyName[]).map((name) => [name, buildIndex(name)] as const),
);

// The values of a file repeat (every row says "ForcedLabour"): each written form is looked up once.
const LOOKED_UP = new Map<VocabularyName, Map<string, readonly string[] | undefined>>();
/** Written forms remembered per vocabulary; a file of ever new values is then looked up afresh. */
const REMEMBERED = 2000;

function lookup(list: VocabularyName, value: string): readonly string[] | undefined {
  let seen = LOOKED_UP.get(list);
  if (!seen) {
    seen = new Map();
    LOOKED_UP.set(list, seen);
  }
  if (seen.has(value)) return seen.get(value);
  const targets = INDEXES.get(list)?.get(comparisonKey(value));
  if (seen.size < REMEMBERED) seen.set(value, targets);
  return targets;
}

/**
 * The HTCDS 2.0 (or Safepath) value for a value written by any HTCDS version, in any case or spacing;
 * undefined when the value is not recognised or has no 2.0 counterpart. Where one old value stands for
 * several new ones, this gives the first; use `normaliseHtcdsValues` for multiselect fields.
 */
export function normaliseHtcdsValue<N extends VocabularyName>(list: N, value: string): VocabularyValue<N> | undefined {
  return lookup(list, value)?.[0] as VocabularyValue<N> | undefined;
}

/**
 * Normalises the values of a multiselect field: each recognised value becomes one or more 2.0 values
 * (duplicates removed, order kept); values meaning "unknown" disappear; anything else is reported back
 * so that an import can ask a person rather than guess.
 */
export function normaliseHtcdsValues<N extends VocabularyName>(
  list: N,
  values: readonly string[],
): { values: VocabularyValue<N>[]; unrecognised: string[] } {
  const result = new Set<VocabularyValue<N>>();
  const unrecognised: string[] = [];
  for (const raw of values) {
    if (raw.trim() === "") continue;
    const targets = lookup(list, raw);
    if (targets === undefined) unrecognised.push(raw);
    else for (const target of targets) result.add(target as VocabularyValue<N>);
  }
  return { values: [...result], unrecognised };
}
