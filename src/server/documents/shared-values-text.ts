import type { TFunction } from "i18next";
import type { SharedValues } from "../../shared/api/referrals.js";
import type { ShareableField } from "../../shared/referrals/fields.js";

/**
 * The values of shared fields as lines of text in the reader's language: vocabulary codes by their labels,
 * countries and languages by their names, so that a printed page (a law-enforcement report, a referral
 * package's letter) reads without a code list. Dates are written by the caller's `date`, when given.
 */
export function sharedValueLines(
  field: ShareableField,
  values: SharedValues,
  t: TFunction,
  language: string,
  date: (iso: string) => string = (iso) => iso,
): string[] {
  const label = (group: string, code: string) => t(`htcds.${group}.${code}`, { defaultValue: code });
  const country = (code: string | null | undefined) => (code ? nameOf(language, "region", code) : null);
  const compact = (parts: (string | null | undefined)[], separator = " ") =>
    parts.filter((part): part is string => Boolean(part?.trim())).join(separator);
  switch (field) {
    case "name": {
      const name = values.name;
      return [compact([name?.firstName, name?.middleName, name?.secondName])];
    }
    case "otherNames":
      return values.otherNames ?? [];
    case "birthDate":
      return [values.birthDate ? date(values.birthDate) : ""];
    case "birthYear":
      return [values.birthYear === null || values.birthYear === undefined ? "" : String(values.birthYear)];
    case "sex":
      return [values.sex ? label("sex", values.sex) : ""];
    case "gender":
      return [values.gender ? label("gender", values.gender) : ""];
    case "citizenships":
      return (values.citizenships ?? []).map((code) => nameOf(language, "region", code));
    case "languages":
      return (values.languages ?? []).map((code) => nameOf(language, "language", code));
    case "phones":
      return values.phones ?? [];
    case "emails":
      return values.emails ?? [];
    case "address": {
      const a = values.address;
      if (!a) return [];
      return [compact([a.street]), compact([a.postalCode, a.city]), compact([a.region, country(a.country)], ", ")];
    }
    case "identityDocuments":
      return (values.identityDocuments ?? []).map((doc) => compact([doc.type, doc.number, country(doc.country)], ", "));
    case "migrationStatuses":
      return (values.migrationStatuses ?? []).map((code) => label("migrationStatus", code));
    case "vulnerabilityFlags":
      return (values.vulnerabilityFlags ?? []).map((code) => label("vulnerabilityFlag", code));
    case "disability":
      return Object.entries(values.disability ?? {}).map(
        ([domain, degree]) => `${label("disabilityDomain", domain)}: ${label("disabilityDegree", degree)}`,
      );
    case "exploitationTypes":
      return (values.exploitationTypes ?? []).map((code) => label("exploitationType", code));
  }
}

/** A country or language by its name in the reader's language; the code itself when Intl does not know it. */
function nameOf(language: string, type: "region" | "language", code: string): string {
  try {
    return new Intl.DisplayNames([language], { type, fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}
