/** HTCDS 2.0 `org_Type` value names, stored verbatim; labels live in the translation catalogues. */
export const ORGANISATION_TYPES = [
  "NGO",
  "LawEnforcement",
  "HealthServiceOrganisation",
  "CentralGovernmentOrganisation",
  "LocalGovernmentOrganisation",
  "ImmigrationService",
  "LegalService",
  "CorporateBusiness",
  "SchoolOrCollege",
] as const;

export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export function isOrganisationType(value: string): value is OrganisationType {
  return (ORGANISATION_TYPES as readonly string[]).includes(value);
}
