import type { PackageBundle } from "../../../../shared/api/referral-packages.js";
import type { Language } from "../../../../shared/i18n/languages.js";
import {
  type KeyValueRow,
  keyValueTable,
  paragraph,
  renderPdf,
  sectionHeading,
  titledDocument,
} from "../../../documents/pdf.js";
import { sharedValueLines } from "../../../documents/shared-values-text.js";
import { translator } from "../../../i18n.js";

/**
 * The referral as a printable letter in the recipient's language: what is asked, by whom and how to reach
 * them, and the person as far as the sender shared them. Dates in the sender's time zone, which is named.
 */

function formatter(language: Language, timeZone: string) {
  const zone = (options: Intl.DateTimeFormatOptions) => {
    try {
      return new Intl.DateTimeFormat(language, { ...options, timeZone });
    } catch {
      return new Intl.DateTimeFormat(language, { ...options, timeZone: "UTC" });
    }
  };
  const dateTime = zone({
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  });
  const date = new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" });
  return {
    dateTime: (iso: string | null) => (iso ? dateTime.format(new Date(iso)) : null),
    // A birth date is a calendar day, not a moment: read it as such.
    date: (iso: string | null | undefined) => (iso ? date.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : null),
  };
}

/** The PDF of a package's content (everything but the PDF itself), in the given language. */
export async function referralPdf(
  bundle: Omit<PackageBundle, "pdf">,
  language: Language,
  senderTimeZone: string,
): Promise<Buffer> {
  const t = translator(language);
  const { referral, from } = bundle;
  const { dateTime, date } = formatter(language, senderTimeZone);
  const p = (key: string, options?: Record<string, unknown>) => t(`referralPackages.pdf.${key}`, options ?? {});
  const referralRows: KeyValueRow[] = [
    { label: p("number"), value: referral.number },
    { label: p("urgency"), value: t(`referrals.urgency.${referral.urgency}`) },
    { label: p("reason"), value: t(`htcds.referralReason.${referral.reason}`) },
    {
      label: p("serviceType"),
      value: t(`serviceTypes.${referral.serviceType}`, { defaultValue: referral.serviceType }),
    },
    { label: p("service"), value: referral.serviceName },
    { label: p("provider"), value: referral.providerName },
    { label: p("sentAt"), value: dateTime(referral.sentAt) },
    { label: p("dueAt"), value: dateTime(referral.dueAt) },
  ];
  const fromRows: KeyValueRow[] = [
    { label: p("organisation"), value: from.organisationName },
    { label: p("referrer"), value: from.referrerName },
    { label: p("phone"), value: from.phone },
    { label: p("address"), value: from.address },
  ];
  const personRows: KeyValueRow[] = bundle.sharedFields.map((field) => ({
    label: t(`referrals.field.${field}`),
    value: sharedValueLines(field, bundle.person, t, language, (iso) => date(iso) ?? iso),
  }));
  const definition = titledDocument({
    title: p("title", { number: referral.number }),
    subtitle: p("subtitle", { organisation: from.organisationName, provider: referral.providerName }),
    language,
    content: [
      sectionHeading(p("referralSection")),
      keyValueTable(referralRows),
      sectionHeading(p("messageSection")),
      paragraph(referral.message),
      sectionHeading(p("personSection")),
      keyValueTable(personRows),
      sectionHeading(p("fromSection")),
      keyValueTable(fromRows),
      sectionHeading(p("answerSection")),
      paragraph(p("answer", { organisation: from.organisationName, number: referral.number })),
      paragraph(p("confidential")),
    ],
    footer: (page, pages) => p("footer", { number: referral.number, page, pages }),
  });
  return renderPdf(definition);
}
