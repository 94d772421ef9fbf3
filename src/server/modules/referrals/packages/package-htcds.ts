import type { SharedValues } from "../../../../shared/api/referrals.js";
import type { ShareableField } from "../../../../shared/referrals/fields.js";
import { ATTRIBUTION } from "../../htcds-exchange/export-files.js";
import type { HtcdsRecord, HtcdsValue } from "../../htcds-exchange/export-record.js";
import { column } from "../../htcds-exchange/htcds-columns.js";

/**
 * The referral and the shared values in HTCDS 2.0 field names, shaped like one case of Safepath's HTCDS JSON
 * export, so that a provider's own HTCDS-based system can read it. Only the shared fields appear: a field the
 * sender did not tick is absent, not empty.
 */

type Address = NonNullable<SharedValues["address"]>;

/** HTCDS columns each shareable field fills, and how. Column names are checked against the HTCDS list at load. */
const PERSON_COLUMNS: Record<ShareableField, (values: SharedValues) => Record<string, HtcdsValue>> = {
  name: (v) => ({
    prs_FirstName: v.name?.firstName ?? null,
    prs_MiddleName: v.name?.middleName ?? null,
    prs_SecondName: v.name?.secondName ?? null,
  }),
  otherNames: (v) => ({ sp_OtherNames: v.otherNames ?? [] }),
  birthDate: (v) => ({ prs_Birthdate: v.birthDate ?? null }),
  birthYear: (v) => ({ sp_BirthYear: v.birthYear ?? null }),
  sex: (v) => ({ sp_Sex: v.sex ?? null }),
  gender: (v) => ({ prs_Gender: v.gender ?? null }),
  citizenships: (v) => ({ prs_Citizenship: v.citizenships ?? [] }),
  languages: (v) => ({ sp_Languages: v.languages ?? [] }),
  // One phone list in Safepath: all of it goes to the mobile column, as the HTCDS export does.
  phones: (v) => ({ prs_MobilePhone: v.phones ?? [] }),
  emails: (v) => ({ prs_Email: v.emails ?? [] }),
  address: (v) => addressColumns(v.address ?? null),
  identityDocuments: (v) => {
    const documents = v.identityDocuments ?? [];
    return {
      prs_IdentityNumber: documents.map((document) => document.number),
      sp_IdentityDocumentType: documents.map((document) => document.type),
      sp_IdentityDocumentCountry: documents.map((document) => document.country ?? ""),
    };
  },
  migrationStatuses: (v) => ({ sp_MigrationStatus: v.migrationStatuses ?? [] }),
  vulnerabilityFlags: (v) => ({ sp_VulnerabilityFlags: v.vulnerabilityFlags ?? [] }),
  disability: (v) => ({ sp_Disability: v.disability ?? null }),
  exploitationTypes: (v) => ({ vic_TypeOfExploitation: v.exploitationTypes ?? [] }),
};

function addressColumns(address: Address | null): Record<string, HtcdsValue> {
  return {
    prs_MailingStreet: address?.street ?? null,
    prs_MailingCity: address?.city ?? null,
    prs_MailingState: address?.region ?? null,
    prs_MailingPostalCode: address?.postalCode ?? null,
    prs_MailingCountry: address?.country ?? null,
    prs_MailingLatitude: address?.latitude ?? null,
    prs_MailingLongitude: address?.longitude ?? null,
  };
}

export interface HtcdsReferral {
  fromOrganisation: string;
  toOrganisation: string;
  reason: string;
  sentAt: Date | null;
  message: string | null;
}

/** The case part: the referral as its sender records it (outgoing) and as the recipient files it (incoming). */
function referralFields(referral: HtcdsReferral): HtcdsRecord {
  const date = referral.sentAt ? referral.sentAt.toISOString().slice(0, 10) : null;
  return {
    cas_ReferredOrganisation: referral.toOrganisation,
    cas_ReasonForOutgoingReferral: referral.reason,
    cas_OutgoingReferralDate: date,
    cas_OutgoingReferralDetails: referral.message,
    cas_ReferringOrganisation: referral.fromOrganisation,
    cas_ReasonForIncomingReferral: referral.reason,
    cas_IncomingReferralDate: date,
    cas_IncomingReferralDetails: referral.message,
  };
}

// A misspelt name would silently leave the standard: fail at start instead.
const CHECK: HtcdsReferral = { fromOrganisation: "", toOrganisation: "", reason: "", sentAt: null, message: null };
for (const name of Object.keys(referralFields(CHECK))) column(name);
for (const fill of Object.values(PERSON_COLUMNS)) for (const name of Object.keys(fill({}))) column(name);

export function htcdsDocument(
  referral: HtcdsReferral,
  fields: readonly ShareableField[],
  shared: SharedValues,
): Record<string, unknown> {
  const person: HtcdsRecord = {};
  for (const field of fields) Object.assign(person, PERSON_COLUMNS[field](shared));
  return {
    standard: "HTCDS",
    version: "2.0",
    attribution: ATTRIBUTION,
    cases: [{ ...referralFields(referral), persons: [person] }],
  };
}
