import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { SharedValues } from "../../../shared/api/referrals.js";
import type { ShareableField } from "../../../shared/referrals/fields.js";
import { formatDateTime } from "../../format.js";
import { formatDate, formatNumber } from "../cases/format.js";
import { useVocab } from "../cases/vocab.js";

/** Colours of the status badge; the badge's words carry the meaning too. */
export const STATUS_COLOURS: Readonly<Record<string, string>> = {
  draft: "gray",
  sent: "blue",
  acknowledged: "blue",
  accepted: "teal",
  in_progress: "teal",
  completed: "green",
  declined: "red",
  not_completed: "orange",
  withdrawn: "gray",
  expired: "gray",
};

export const URGENCY_COLOURS: Readonly<Record<string, string>> = {
  emergency: "red",
  high: "orange",
  normal: "blue",
  low: "gray",
};

/**
 * Labels of the referral vocabularies and the shared values, in the interface language. An unknown code
 * (a newer server, an old record) is shown as it is rather than breaking the page.
 */
export function useReferralLabels() {
  const { t } = useTranslation();
  const vocab = useVocab();
  return useMemo(() => {
    const lang = vocab.lang;
    const of = (section: string) => (code: string | null | undefined) =>
      code ? t(`referrals.${section}.${code}`, { defaultValue: code }) : "";
    const list = (items: readonly string[]) =>
      items.length === 0 ? "" : new Intl.ListFormat(lang, { type: "conjunction" }).format(items);

    /** One shared field's value as the receiver reads it; empty when the sender's record has none. */
    const sharedValue = (field: ShareableField, shared: SharedValues): string => {
      switch (field) {
        case "name": {
          const name = shared.name;
          return name ? [name.firstName, name.middleName, name.secondName].filter(Boolean).join(" ") : "";
        }
        case "birthDate":
          return formatDate(shared.birthDate, lang);
        case "birthYear":
          return shared.birthYear ? String(shared.birthYear) : "";
        case "sex":
          return vocab.label("sex", shared.sex);
        case "gender":
          return vocab.label("gender", shared.gender);
        case "citizenships":
          return vocab.countries(shared.citizenships);
        case "languages":
          return vocab.labels("language", shared.languages);
        case "address": {
          const a = shared.address;
          return a
            ? [a.street, a.postalCode, a.city, a.region, vocab.country(a.country)].filter(Boolean).join(", ")
            : "";
        }
        case "identityDocuments":
          return (shared.identityDocuments ?? [])
            .map((d) => [d.type, d.number, vocab.country(d.country)].filter(Boolean).join(" · "))
            .join("; ");
        case "migrationStatuses":
          return vocab.labels("migrationStatus", shared.migrationStatuses);
        case "vulnerabilityFlags":
          return vocab.labels("vulnerabilityFlag", shared.vulnerabilityFlags);
        case "exploitationTypes":
          return vocab.labels("exploitationType", shared.exploitationTypes);
        case "disability":
          return Object.entries(shared.disability ?? {})
            .map(
              ([domain, degree]) =>
                `${vocab.label("disabilityDomain", domain)}: ${vocab.label("disabilityDegree", degree)}`,
            )
            .join("; ");
        case "otherNames":
        case "phones":
        case "emails":
          return (shared[field] ?? []).join(", ");
      }
    };

    return {
      lang,
      vocab,
      status: of("status"),
      urgency: of("urgency"),
      declineReason: of("declineReason"),
      notCompletedReason: of("notCompletedReason"),
      field: of("field"),
      reason: (code: string) => vocab.label("referralReason", code),
      serviceType: (code: string) => t(`serviceTypes.${code}`, { defaultValue: code }),
      /** A step of the story (opening the receiver's own case is one without a status change). */
      action: (code: string) => t(`referrals.action.${code}`, { defaultValue: code }),
      when: (iso: string | null | undefined) => formatDateTime(iso, lang),
      day: (date: string | null | undefined) => formatDate(date, lang),
      amount: (quantity: number | null | undefined, unit: string | null | undefined) =>
        quantity === null || quantity === undefined
          ? ""
          : `${formatNumber(quantity, lang)} ${vocab.label("assistanceUnit", unit)}`.trim(),
      assistanceType: (code: string) => vocab.label("assistanceType", code),
      list,
      sharedValue,
    };
  }, [t, vocab]);
}

export type ReferralLabels = ReturnType<typeof useReferralLabels>;
