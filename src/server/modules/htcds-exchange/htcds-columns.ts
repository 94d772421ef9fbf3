import type { VocabularyName } from "../../../shared/htcds/index.js";

/**
 * The columns of an HTCDS case-person row, in the order of the HTCDS 2.0 spreadsheet template, then the
 * other HTCDS 2.0 person fields, then Safepath's own fields under the `sp_` prefix. Names and labels are
 * those of "HTCDS Field Standards 2.0.ods"; HTCDS names are never changed.
 */

export type ColumnKind =
  | "text"
  | "longText"
  | "date"
  | "boolean"
  | "integer"
  | "number"
  | "vocab"
  | "vocabList"
  | "country"
  | "countries"
  | "places"
  | "phones"
  | "emails"
  | "textList"
  | "disability"
  | "consents";

/** Which object of the exchange model a column reads from and writes to. */
export type ColumnEntity = "case" | "link" | "person" | "victim" | "perpetrator" | "consent";

export interface Column {
  name: string;
  label: string;
  entity: ColumnEntity;
  kind: ColumnKind;
  /** Dotted path in the entity's object; absent for columns handled by hand (phones, documents, consent). */
  path?: string;
  vocabulary?: VocabularyName;
  /** Longest text accepted (the API's limit for the same field). */
  max?: number;
  /** Names, birth date, contacts, identity numbers, address, free text: leave only with consent. */
  identifying?: boolean;
  /** HTCDS fields Safepath does not keep (yet): exported empty, not imported. */
  notKept?: boolean;
  /** Exported but not imported: an imported case belongs to the person importing it. */
  exportOnly?: boolean;
  /** Spellings other files use for the same column (the 2.0 template's own typo). */
  aliases?: string[];
}

const c = (name: string, label: string, entity: ColumnEntity, kind: ColumnKind, more: Partial<Column> = {}) =>
  ({ name, label, entity, kind, ...more }) satisfies Column;

const id = { identifying: true };

export const COLUMNS: readonly Column[] = [
  // The 2.0 template's columns, in its order.
  c("cas_CaseOwner", "Case Owner", "case", "text", { path: "ownerName", exportOnly: true, ...id }),
  c("prs_Salutation", "Salutation", "person", "text", { path: "identity.salutation", max: 40, ...id }),
  c("prs_FirstName", "First Name", "person", "text", { path: "identity.firstName", max: 120, ...id }),
  c("prs_SecondName", "Second Name", "person", "text", { path: "identity.secondName", max: 120, ...id }),
  c("con_Consent", "Consent", "consent", "boolean"),
  c("prs_Birthdate", "Birthdate", "person", "date", { path: "identity.birthDate", ...id }),
  c("prs_Gender", "Gender", "person", "vocab", { path: "gender", vocabulary: "gender" }),
  c("prs_Citizenship", "Citizenship", "person", "countries", { path: "citizenships" }),
  c("prs_Title", "Title", "person", "text", { path: "identity.title", max: 80, ...id }),
  c("prs_Email", "Email", "person", "emails", { path: "identity.emails", ...id }),
  c("prs_HomePhone", "Home Phone", "person", "phones", id),
  c("prs_MobilePhone", "Mobile Phone", "person", "phones", { path: "identity.phones", ...id }),
  c("prs_MailingCity", "Mailing City", "person", "text", { path: "identity.address.city", max: 120, ...id }),
  c("prs_MailingCountry", "Mailing Country", "person", "country", { path: "identity.address.country", ...id }),
  c("prs_MailingState", "Mailing State/Province", "person", "text", {
    path: "identity.address.region",
    max: 120,
    ...id,
  }),
  c("prs_MailingStreet", "Mailing Street", "person", "text", { path: "identity.address.street", max: 200, ...id }),
  c("prs_MailingPostalCode", "Mailing Zip/Postal Code", "person", "text", {
    path: "identity.address.postalCode",
    max: 20,
    ...id,
  }),
  c("vic_TraffickingStatus", "Trafficking Status", "victim", "vocab", {
    path: "traffickingStatus",
    vocabulary: "traffickingStatus",
  }),
  c("vic_TraffickingStatusDecisionMakingOrg", "Trafficking Status Decision Making Organization", "victim", "vocab", {
    path: "statusDecidedBy",
    vocabulary: "statusDecider",
    aliases: ["vic_TraffickinStatusDecisionMakingOrg"],
  }),
  c("vic_MethodOfRecruitment", "Method of Recruitment", "victim", "vocabList", {
    path: "recruitmentMethods",
    vocabulary: "recruitmentMethod",
  }),
  c("vic_LocationOfRecruitment", "Location of Recruitment", "victim", "places", { path: "recruitmentPlaces" }),
  c("vic_MethodsOfControl", "Methods of Control", "victim", "vocabList", {
    path: "controlMethods",
    vocabulary: "controlMethod",
  }),
  c("vic_TypeOfExploitation", "Type of Exploitation", "victim", "vocabList", {
    path: "exploitationTypes",
    vocabulary: "exploitationType",
  }),
  c("vic_ForcedLabourIndustry", "Forced Labour Industry", "victim", "vocab", {
    path: "forcedLabourIndustry",
    vocabulary: "forcedLabourIndustry",
  }),
  c("vic_TypeOfSexExploitation", "Type of Sex Exploitation", "victim", "vocabList", {
    path: "sexExploitationTypes",
    vocabulary: "sexExploitationType",
  }),
  c("vic_LocationOfExploitation", "Location of Exploitation", "victim", "places", { path: "exploitationPlaces" }),
  c("cas_Status", "Status", "case", "vocab", { path: "status", vocabulary: "caseStatus" }),
  c("cas_ReferringOrganisation", "Referring Organisation", "case", "text", {
    path: "incomingReferral.organisationName",
    max: 200,
  }),
  c("cas_IncomingReferralDate", "Incoming Referral Date", "case", "date", { path: "incomingReferral.date" }),
  c("cas_ReferringPrimaryCaseWorker", "Referring Primary Case Worker", "case", "text", { notKept: true }),
  c("cas_ReasonForIncomingReferral", "Reason for Incoming Referral", "case", "vocab", {
    path: "incomingReferral.reason",
    vocabulary: "referralReason",
  }),
  c("cas_IncomingReferralDetails", "Incoming Referral Details", "case", "longText", {
    path: "incomingReferral.details",
    max: 4000,
    ...id,
  }),
  // Outgoing referral fields come from the case's referrals (the latest sent); an import does not write them.
  c("cas_ReferredOrganisation", "Referred Organisation", "case", "text", {
    path: "outgoingReferral.organisationName",
    exportOnly: true,
  }),
  c("cas_ReferredPrimaryCaseWorker", "Referred Primary Case Worker", "case", "text", { notKept: true }),
  c("cas_ReasonForOutgoingReferral", "Reason for Outgoing Referral", "case", "vocab", {
    path: "outgoingReferral.reason",
    vocabulary: "referralReason",
    exportOnly: true,
  }),
  c("cas_OutgoingReferralDate", "Outgoing Referral Date", "case", "date", {
    path: "outgoingReferral.date",
    exportOnly: true,
  }),
  c("cas_OutgoingReferralDetails", "Outgoing Referral Details", "case", "longText", { notKept: true }),
  c("cas_ReasonForCaseClosure", "Reason for Case Closure", "case", "longText", {
    path: "closureReason",
    max: 2000,
    ...id,
  }),
  // Other HTCDS 2.0 person, victim and perpetrator fields.
  c("prs_MiddleName", "Middle Name", "person", "text", { path: "identity.middleName", max: 120, ...id }),
  c("prs_Deceased", "Deceased", "person", "boolean", { path: "deceased" }),
  c("prs_MaritalStatus", "Marital Status", "person", "vocab", { path: "maritalStatus", vocabulary: "maritalStatus" }),
  c("prs_NumberOfChildren", "Number of Children", "person", "integer", { path: "numberOfChildren" }),
  c("prs_PrimaryLanguage", "Primary Language", "person", "vocab", { path: "primaryLanguage", vocabulary: "language" }),
  c("prs_SecondaryLanguage", "Secondary Language", "person", "vocab", { vocabulary: "language" }),
  c("prs_HighestLevelOfEducation", "Highest Level of Education", "person", "vocab", {
    path: "education",
    vocabulary: "educationLevel",
  }),
  c("prs_IdentityNumber", "Identity Number", "person", "textList", { max: 60, ...id }),
  c("prs_MailingLatitude", "Latitude", "person", "number", { path: "identity.address.latitude", ...id }),
  c("prs_MailingLongitude", "Longitude", "person", "number", { path: "identity.address.longitude", ...id }),
  c("vic_RelationshipToTrafficker", "Relationship to Trafficker", "victim", "vocab", {
    path: "relationshipToTrafficker",
    vocabulary: "traffickerRelationship",
  }),
  c("vic_AgeWhenTrafficked", "Age when Trafficked", "victim", "integer", { path: "ageWhenTrafficked" }),
  c("vic_RecruitmentWebsitesAndApps", "Recruitment Websites and Apps", "victim", "vocabList", {
    path: "recruitmentWebsites",
    vocabulary: "websiteOrApp",
  }),
  c("vic_ExploitationWebsitesAndApps", "Exploitation Websites and Apps", "victim", "vocabList", {
    path: "exploitationWebsites",
    vocabulary: "websiteOrApp",
  }),
  c("vic_Vulnerabilities", "Vulnerabilities", "victim", "vocabList", {
    path: "victimVulnerabilities",
    vocabulary: "victimVulnerability",
  }),
  c("vic_DetailsOfVulnerabilities", "Details Of Vulnerabilities", "victim", "longText", {
    path: "vulnerabilityDetails",
    max: 4000,
    ...id,
  }),
  c("per_RoleInProcess", "Role in Process", "perpetrator", "vocabList", {
    path: "perpetratorRoles",
    vocabulary: "perpetratorRole",
  }),
  c("per_RoleDetails", "Role Details", "perpetrator", "longText", { path: "roleDetails", max: 4000, ...id }),
  // Safepath extensions.
  c("sp_CaseNumber", "Case Number", "case", "text", { path: "caseNumber", max: 40 }),
  c("sp_Stage", "Case Stage", "case", "vocab", { path: "stage", vocabulary: "caseStage" }),
  c("sp_OpenedOn", "Opened On", "case", "date", { path: "openedOn" }),
  c("sp_IdentifiedOn", "Identified On", "case", "date", { path: "identifiedOn" }),
  c("sp_ClosedOn", "Closed On", "case", "date", { path: "closedOn" }),
  c("sp_Role", "Role in Case", "link", "vocab", { path: "role", vocabulary: "personRoleInCase" }),
  c("sp_Relationship", "Relationship", "link", "text", { path: "relationship", max: 120, ...id }),
  c("sp_Sex", "Sex", "person", "vocab", { path: "sex", vocabulary: "sex" }),
  c("sp_BirthYear", "Birth Year", "person", "integer", { path: "birthYear" }),
  c("sp_BirthYearEstimated", "Birth Year Estimated", "person", "boolean", { path: "birthYearEstimated" }),
  c("sp_OtherNames", "Other Names", "person", "textList", { path: "identity.otherNames", max: 200, ...id }),
  c("sp_IdentityDocumentType", "Identity Document Type", "person", "textList", { max: 60, ...id }),
  c("sp_IdentityDocumentCountry", "Identity Document Country", "person", "textList", id),
  c("sp_Languages", "Languages", "person", "vocabList", { path: "languages", vocabulary: "language" }),
  c("sp_MigrationStatus", "Migration Status", "person", "vocabList", {
    path: "migrationStatuses",
    vocabulary: "migrationStatus",
  }),
  c("sp_VulnerabilityFlags", "Vulnerability Flags", "person", "vocabList", {
    path: "vulnerabilityFlags",
    vocabulary: "vulnerabilityFlag",
  }),
  c("sp_Disability", "Disability (Washington Group)", "person", "disability", { path: "disability" }),
  c("sp_Consents", "Consents", "consent", "consents"),
  c("sp_ConsentDate", "Consent Date", "consent", "date"),
  c("sp_ConsentMethod", "Consent Method", "consent", "vocab", { vocabulary: "consentMethod" }),
  c("sp_ConsentGuardianName", "Consent Guardian Name", "consent", "text", { max: 200, ...id }),
  c("sp_ConsentGuardianRelationship", "Consent Guardian Relationship", "consent", "text", { max: 80 }),
];

export const COLUMN_BY_NAME: ReadonlyMap<string, Column> = new Map(
  COLUMNS.flatMap((column) => [column.name, ...(column.aliases ?? [])].map((name) => [name, column] as const)),
);

const BY_LOWER_NAME = new Map([...COLUMN_BY_NAME].map(([name, column]) => [name.toLowerCase(), column]));

/** The column a header cell names (HTCDS names are matched without regard to case), if any. */
export function columnNamed(header: string): Column | undefined {
  return BY_LOWER_NAME.get(header.trim().toLowerCase());
}

/** Labels of the template's second row, to recognise and skip that row on import. */
export const KNOWN_LABELS: ReadonlySet<string> = new Set(COLUMNS.map((column) => column.label.toLowerCase()));

export function column(name: string): Column {
  const found = COLUMN_BY_NAME.get(name);
  if (!found) throw new Error(`unknown HTCDS column ${name}`);
  return found;
}
