/**
 * HTCDS 2.0 victim-context (`vic_`) value lists, stored verbatim from "HTCDS Field Standards 2.0.ods" —
 * misspellings included, because other HTCDS systems exchange these exact names.
 */

/** `vic_TraffickingStatus`. */
export const TRAFFICKING_STATUSES = [
  "PossibleVictimOfTrafficking",
  "ActualVictimOfTrafficking",
  "NotAVictimOfTrafficking",
] as const;
export type TraffickingStatus = (typeof TRAFFICKING_STATUSES)[number];

/** `vic_TraffickingStatusDecisionMakingOrg`: who decided the trafficking status. */
export const STATUS_DECIDERS = [
  "Police",
  "NGO",
  "CourtOrProsecution",
  "NonPoliceGovernmentalOrganization",
  "Other",
] as const;
export type StatusDecider = (typeof STATUS_DECIDERS)[number];

/** `vic_RelationshipToTrafficker`. `Unaquainted` is the standard's own spelling. */
export const TRAFFICKER_RELATIONSHIPS = ["Familial", "Acquainted", "Unaquainted"] as const;
export type TraffickerRelationship = (typeof TRAFFICKER_RELATIONSHIPS)[number];

/** `vic_RecruitmentWebsitesAndApps` and `vic_ExploitationWebsitesAndApps` share this list. */
export const WEBSITES_AND_APPS = [
  "Facebook",
  "Instagram",
  "WhatsApp",
  "Telegram",
  "FacebookMessenger",
  "Viber",
  "SnapChat",
  "Line",
  "4Sale",
  "WeChat",
  "QQ",
  "QZone",
  "TikTok",
  "Twitter",
  "Other",
] as const;
export type WebsiteOrApp = (typeof WEBSITES_AND_APPS)[number];

/** `vic_MethodOfRecruitment` (multiselect). */
export const RECRUITMENT_METHODS = [
  "AtAPlaceOfBusiness",
  "AtAnEducationalInstitution",
  "AtWork",
  "ThroughOnlineSocialNetworks",
  "ThroughAnOnlineAdvertisement",
  "ThroughATelevisionAdvert",
  "ThroughANewspaperAdvert",
  "ThroughFamilyOrFamilyEvents",
  "ThroughFriendsOrSocialEvents",
  "Other",
] as const;
export type RecruitmentMethod = (typeof RECRUITMENT_METHODS)[number];

/** `vic_MethodsOfControl` exactly as the 2.0 field list has it (16 values). */
export const HTCDS_CONTROL_METHODS = [
  "PhysicalThreats",
  "ThreatsLawEnforcement",
  "ThreatensChildrenFamily",
  "DebtBondage",
  "FalsePromises",
  "PhysicalAbuse",
  "SexualAbuse",
  "TakesEarnings",
  "RestrictsFinancialAccess",
  "RestrictsMedicalCare",
  "WithholdsNecessities",
  "PsychologicalAbuse",
  "PsychoactiveSubstance",
  "ExcessiveWorkingHours",
  "WithholdsDocuments",
  "Other",
] as const;

/**
 * Safepath extensions to `vic_MethodsOfControl`. The HTCDS field definitions and the CTDC data set describe 17
 * methods, two of which the 2.0 field list omits; keeping them lets CTDC-style data round-trip. An export
 * that must be strictly HTCDS 2.0 should check `isHtcdsControlMethod` and fold these into `Other`.
 */
export const CONTROL_METHOD_EXTENSIONS = ["RestrictsMovement", "UsesChildren"] as const;

/** `vic_MethodsOfControl` as Safepath records it: the 16 HTCDS values plus the two extensions. */
export const CONTROL_METHODS = [...HTCDS_CONTROL_METHODS, ...CONTROL_METHOD_EXTENSIONS] as const;
export type ControlMethod = (typeof CONTROL_METHODS)[number];

export function isHtcdsControlMethod(value: string): value is (typeof HTCDS_CONTROL_METHODS)[number] {
  return (HTCDS_CONTROL_METHODS as readonly string[]).includes(value);
}

/** `vic_TypeOfExploitation` (multiselect). */
export const EXPLOITATION_TYPES = [
  "ForcedLabour",
  "SexualExploitation",
  "ChildLabour",
  "ForcedMarriage",
  "Servitude",
  "ForcedMilitaryByNonStateActors",
  "OrganRemoval",
  "ForcedBegging",
  "ForcedAdoption",
  "Surrogacy",
  "Other",
] as const;
export type ExploitationType = (typeof EXPLOITATION_TYPES)[number];

/** `vic_TypeOfSexExploitation` (multiselect). */
export const SEX_EXPLOITATION_TYPES = [
  "Prostitution",
  "Pornography",
  "RemoteInteractiveServices",
  "PrivateSexualServices",
] as const;
export type SexExploitationType = (typeof SEX_EXPLOITATION_TYPES)[number];

/**
 * `vic_Vulnerabilities`. Deprecated in 2.0 in favour of assessment sections, but kept so that data recorded
 * under earlier versions can still be imported, shown and exported.
 */
export const VICTIM_VULNERABILITIES = [
  "Addiction",
  "SocialGroup",
  "Discrimination",
  "Poverty",
  "DisabilityAndPhysicalHealth",
  "MentalHealth",
  "Migration",
  "Homelessness",
  "AbuseSocialMedia",
  "AbusePhysical",
  "Education",
  "WorkEnvironment",
] as const;
export type VictimVulnerability = (typeof VICTIM_VULNERABILITIES)[number];
