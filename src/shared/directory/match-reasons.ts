/**
 * Why service matching suggests a service: a code and its parameters per reason, so that every client says
 * it in the reader's language from the `matching.reasons` catalogue section.
 */
export const MATCH_REASON_CODES = [
  "need_met",
  "distance",
  "serves_area",
  "remote",
  "speaks",
  "no_common_language",
  "eligible",
  "eligibility_unknown",
  "availability",
  "verification_due",
  "never_verified",
] as const;
export type MatchReasonCode = (typeof MATCH_REASON_CODES)[number];

export const AREA_LEVELS = ["city", "region", "country"] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** Eligibility rules a person's record may not answer (no year of birth, no citizenship recorded …). */
export const ELIGIBILITY_CRITERIA = ["age", "sex", "nationality", "status"] as const;
export type EligibilityCriterion = (typeof ELIGIBILITY_CRITERIA)[number];

export interface MatchReason {
  code: MatchReasonCode;
  params: Record<string, string | number>;
}

/** Names for the codes a reason carries (a service type, a language), in the reader's language. */
export interface ReasonLabels {
  serviceType?: (code: string) => string;
  language?: (code: string) => string;
}

/**
 * The catalogue key and interpolation values of a reason: one sentence per code, a sentence per value where
 * the value changes the sentence (area level, availability, criterion), plural forms for months.
 */
export function reasonMessage(
  reason: MatchReason,
  labels: ReasonLabels = {},
): { key: string; values: Record<string, string | number> } {
  const { code, params } = reason;
  const key = `matching.reasons.${code}`;
  switch (code) {
    case "need_met":
      return { key, values: { serviceType: label(labels.serviceType, params.serviceType) } };
    case "speaks":
      return { key, values: { language: label(labels.language, params.language) } };
    case "serves_area":
      return { key: `${key}_${params.level}`, values: {} };
    case "availability":
      return { key: `${key}_${params.value}`, values: {} };
    case "eligibility_unknown":
      return { key: `${key}_${params.criterion}`, values: {} };
    case "verification_due":
      return { key, values: { count: Number(params.months) } };
    default:
      return { key, values: params };
  }
}

function label(name: ((code: string) => string) | undefined, value: string | number | undefined): string {
  const code = String(value ?? "");
  return name ? name(code) : code;
}
