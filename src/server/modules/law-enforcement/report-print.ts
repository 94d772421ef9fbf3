import type { Language } from "../../../shared/i18n/languages.js";
import type { ShareableField } from "../../../shared/referrals/fields.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import {
  type Content,
  keyValueTable,
  paragraph,
  renderPdf,
  sectionHeading,
  type TDocumentDefinitions,
  titledDocument,
} from "../../documents/pdf.js";
import { sharedValueLines } from "../../documents/shared-values-text.js";
import { translator } from "../../i18n.js";
import type { Services } from "../../services.js";
import { localTime } from "../hotline/local-time.js";
import { type ReportForPrint, reportForPrint } from "./report-read.service.js";

export interface PrintedReport {
  fileName: string;
  body: Buffer;
}

/** An instant as the organisation's clock showed it, with the zone named so that no reader has to guess. */
function formatInstant(instant: Date, language: Language, timeZone: string): string {
  const text = new Intl.DateTimeFormat(language, {
    timeZone,
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
  return `${text} (${timeZone})`;
}

function documentContent(
  found: ReportForPrint,
  organisation: { name: string; time_zone: string },
  language: Language,
): Content[] {
  const t = translator(language);
  const { report, caseRow, shared } = found;
  const at = (iso: string) => formatInstant(new Date(iso), language, organisation.time_zone);
  const consent = report.consent
    ? t("lawEnforcement.print.consentGiven", {
        date: report.consentDecidedOn ?? "—",
        method: found.consentMethod ? t(`htcds.consentMethod.${found.consentMethod}`) : "—",
      })
    : t("lawEnforcement.print.consentNotInForce");
  const fields = report.sharedFields as ShareableField[];
  let sharedContent: Content;
  if (fields.length === 0) sharedContent = paragraph(t("lawEnforcement.print.nothingShared"));
  else if (!shared)
    sharedContent = [
      paragraph(t("lawEnforcement.print.sharedErased")),
      keyValueTable(fields.map((field) => ({ label: t(`referrals.field.${field}`), value: null }))),
    ];
  else
    sharedContent = keyValueTable(
      fields.map((field) => ({
        label: t(`referrals.field.${field}`),
        value: sharedValueLines(field, shared, t, language),
      })),
    );
  return [
    sectionHeading(t("lawEnforcement.print.reportSection")),
    keyValueTable([
      { label: t("lawEnforcement.print.organisation"), value: organisation.name },
      { label: t("lawEnforcement.print.caseNumber"), value: caseRow.case_number },
      {
        label: t("lawEnforcement.fields.authorityKind"),
        value: t(`lawEnforcement.authorityKind.${report.authorityKind}`),
      },
      { label: t("lawEnforcement.fields.authorityName"), value: report.authorityName },
      { label: t("lawEnforcement.fields.reportedAt"), value: at(report.reportedAt) },
      { label: t("lawEnforcement.fields.referenceNumber"), value: report.referenceNumber },
    ]),
    sectionHeading(t("lawEnforcement.print.groundSection")),
    keyValueTable([
      { label: t("lawEnforcement.print.consent"), value: consent },
      { label: t("lawEnforcement.fields.legalBasis"), value: report.legalBasis },
    ]),
    sectionHeading(t("lawEnforcement.print.sharedSection")),
    sharedContent,
    sectionHeading(t("lawEnforcement.fields.summary")),
    paragraph(report.summary),
    sectionHeading(t("lawEnforcement.print.recordSection")),
    keyValueTable([
      { label: t("lawEnforcement.print.recordedBy"), value: report.recordedBy },
      { label: t("lawEnforcement.print.recordedAt"), value: at(report.recordedAt) },
    ]),
  ];
}

/** The document of one report, as the organisation's clock and the reader's language show it. */
export function reportDocument(
  found: ReportForPrint,
  organisation: { name: string; time_zone: string },
  language: Language,
  printedAt: Date,
): TDocumentDefinitions {
  const t = translator(language);
  return titledDocument({
    title: t("lawEnforcement.print.title"),
    subtitle: `${organisation.name} · ${found.caseRow.case_number}`,
    language,
    content: documentContent(found, organisation, language),
    footer: (page, pages) =>
      t("lawEnforcement.print.footer", {
        printed: formatInstant(printedAt, language, organisation.time_zone),
        page,
        pages,
      }),
  });
}

/**
 * The printable record of one report, in the language asked for. Printing shows the person's data and the
 * sealed text: it is audited as a read, with the reason "print".
 */
export async function printReport(
  db: ScopedDb,
  services: Services,
  reportId: string,
  language: Language,
): Promise<PrintedReport> {
  const found = await reportForPrint(db, services, reportId);
  const organisation = await db
    .selectFrom("organisations")
    .select(["name", "time_zone"])
    .where("id", "=", db.organisationId)
    .executeTakeFirstOrThrow();
  const printedAt = new Date();
  const body = await renderPdf(reportDocument(found, organisation, language, printedAt));
  db.audit({
    action: "law_enforcement_report.print",
    recordType: "case",
    recordId: found.caseRow.id,
    recordIds: [found.report.id, ...(found.report.personId ? [found.report.personId] : [])],
    reason: "print",
    detail: { language, sharedFields: found.report.sharedFields },
  });
  const printedOn = localTime(printedAt, organisation.time_zone).day;
  return { fileName: `law-enforcement-report-${found.caseRow.case_number}-${printedOn}.pdf`, body };
}
