import type { AuthorityKind, LawEnforcementReportInput } from "../../../../shared/api/law-enforcement.js";
import type { ShareableField } from "../../../../shared/referrals/fields.js";
import { localInputToIso } from "../../../format.js";
import type { CaseDetail } from "../case-types.js";

/** The report form as typed: text as entered, the time as an <input type="datetime-local"> holds it. */
export interface ReportFormValues {
  authorityKind: AuthorityKind;
  authorityName: string;
  reportedAt: string;
  referenceNumber: string;
  sharedFields: ShareableField[];
  summary: string;
  personId: string | null;
  legalBasis: string;
}

/** "YYYY-MM-DDTHH:mm" in the caseworker's own time zone: what a datetime-local input shows. */
export function localNow(now: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}T${two(now.getHours())}:${two(now.getMinutes())}`;
}

/**
 * A new report: made now, about the case's victim, sharing nothing until the caseworker ticks what was given —
 * an anonymous report is the safe starting point.
 */
export function emptyReport(item: Pick<CaseDetail, "personId">, now: Date = new Date()): ReportFormValues {
  return {
    authorityKind: "police",
    authorityName: "",
    reportedAt: localNow(now),
    referenceNumber: "",
    sharedFields: [],
    summary: "",
    personId: item.personId,
    legalBasis: "",
  };
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** What the API takes. An unreadable time is sent empty so that the server names the field. */
export function toReportInput(values: ReportFormValues): LawEnforcementReportInput {
  return {
    authorityKind: values.authorityKind,
    authorityName: values.authorityName.trim(),
    reportedAt: localInputToIso(values.reportedAt) ?? "",
    referenceNumber: orNull(values.referenceNumber),
    sharedFields: values.sharedFields,
    summary: orNull(values.summary),
    ...(values.personId ? { personId: values.personId } : {}),
    legalBasis: orNull(values.legalBasis),
  };
}

/** Whether the person's consent to a report to law enforcement is in force: without it a legal basis is needed. */
export function lawEnforcementConsentGiven(item: Pick<CaseDetail, "people">, personId: string | null): boolean {
  const person = item.people.find((entry) => entry.person.id === personId);
  return person?.consents?.current.law_enforcement?.decision === "given";
}
