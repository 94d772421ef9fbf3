import { ASSISTANCE_TYPES } from "../htcds/extensions/assistance.js";

/**
 * What a service in the directory offers: the assistance catalogue of cases (so that a referral's outcome
 * lands in the case's assistance record under the same name) and the services a referral pathway adds.
 */
export const PATHWAY_SERVICE_TYPES = [
  "ShelterForChildren",
  "SpecialisedShelterForVictims",
  "Interpretation",
  "Hotline",
  "LawEnforcement",
  "ChildProtectionAuthority",
  "NationalReferralMechanism",
  "CaseManagement",
  "IdentificationAndScreening",
  "SocialServices",
  "ConsularAssistance",
  "MigrationAndAsylumAuthority",
  "Gbv",
] as const;

export const SERVICE_TYPES = [
  ...ASSISTANCE_TYPES.filter((type) => type !== "Other"),
  ...PATHWAY_SERVICE_TYPES,
  "Other",
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export function isServiceType(value: string): value is ServiceType {
  return (SERVICE_TYPES as readonly string[]).includes(value);
}

export const AVAILABILITIES = ["available", "limited", "full", "unknown"] as const;
export type Availability = (typeof AVAILABILITIES)[number];

/** An entry not verified for this long is flagged in the directory and ranked lower in matching. */
export const VERIFICATION_MONTHS = 6;

/** HXL hashtags of the directory's spreadsheet columns (the 3W / service-mapping conventions). */
export const DIRECTORY_HXL = {
  providerName: "#org +name",
  providerKind: "#org +type",
  serviceName: "#service +name",
  serviceType: "#service +type",
  country: "#country +code",
  region: "#adm1 +name",
  city: "#loc +name",
  latitude: "#geo +lat",
  longitude: "#geo +lon",
  languages: "#language +code",
  contactPhone: "#contact +phone",
  contactEmail: "#contact +email",
} as const;
