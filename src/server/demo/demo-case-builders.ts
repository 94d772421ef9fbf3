import type { z } from "zod";
import type { assistanceInput, eventInput, planInput } from "../../shared/api/assistance.js";
import type { caseIntake, casePersonInput } from "../../shared/api/cases.js";
import type { consentInput } from "../../shared/api/consents.js";
import type { personInput } from "../../shared/api/people.js";
import type { CaseStage, EventType, LanguageCode } from "../../shared/htcds/index.js";
import type { CountryCode } from "../../shared/vocab/countries.js";

/*
 * The shape of a demo case and the small builders the stories are written with (demo-case-stories.ts for
 * the first country office, demo-stories-*.ts for the other organisations; demo-caseloads.ts joins them).
 * The demo caseload: invented people and stories shaped like the work the situation reports describe —
 * women and children fleeing the war, labour and sexual exploitation in neighbouring countries, Roma,
 * Moldovans, third-country nationals who had lived in Ukraine, a victim stranded in a third country.
 * Names are in the script the person gave them in, with other spellings where an office met both.
 */

export type Consent = Omit<z.input<typeof consentInput>, "caseId">;
export type Assistance = Omit<z.input<typeof assistanceInput>, "planId"> & { plan?: number };

export interface DemoCase {
  /** A stable handle for tests. */
  key: string;
  openedBy?: "caseworker" | "supervisor";
  /** An incomingReferral.organisationName that names a demo organisation is linked to it. */
  intake: z.input<typeof caseIntake>;
  people?: z.input<typeof casePersonInput>[];
  /** The primary person unless another personId is given. */
  events?: z.input<typeof eventInput>[];
  plans?: z.input<typeof planInput>[];
  /** `plan` is the index of one of the case's plans. */
  assistance?: Assistance[];
  notes?: string[];
  /** Due that many days from the day of seeding; negative for one already overdue. */
  tasks?: { title: string; dueInDays: number }[];
  laterConsents?: Consent[];
  stage?: CaseStage;
  /** Required with the stages closure_requested and closed. */
  closure?: { reason: string; referred: boolean };
}

/** The first country office, with an account of every role: the largest caseload and who records it. */
export const DEMO_CASES_ORGANISATION = {
  name: "Safe Passage Country Office",
  caseworker: "caseworker@office.example.org",
  supervisor: "supervisor@office.example.org",
} as const;

/** The two partner NGOs and the two other country offices (see demo-organisations.ts). */
export const SHELTER = "Harbour Shelter Association";
export const LEGAL_AID = "Open Door Legal Aid";
export const ROMANIA_OFFICE = "Lower Danube Country Office";
export const MOLDOVA_OFFICE = "Dniester Country Office";

export type PersonFacts = Omit<z.input<typeof personInput>, "identity">;
export type Identity = z.input<typeof personInput>["identity"];

export function person(
  firstName: string,
  secondName: string | null,
  identity: Omit<Identity, "firstName" | "secondName">,
  facts: PersonFacts,
) {
  return { identity: { firstName, secondName, ...identity }, ...facts };
}

export const woman = (year: number, country: CountryCode, language: LanguageCode): PersonFacts => ({
  sex: "Female",
  gender: "Feminine",
  birthYear: year,
  citizenships: [country],
  primaryLanguage: language,
});
export const man = (year: number, country: CountryCode, language: LanguageCode): PersonFacts => ({
  sex: "Male",
  gender: "Masculine",
  birthYear: year,
  citizenships: [country],
  primaryLanguage: language,
});

export interface ConsentOptions {
  language: LanguageCode;
  guardian?: { name: string; relationship: string };
  sharing?: "given" | "refused";
  research?: boolean;
  police?: boolean;
  method?: "verbal" | "written" | "signature";
}

/** The consents an intake records: assistance and processing always, sharing unless refused, others if asked. */
export function consents(decidedOn: string, o: ConsentOptions): Consent[] {
  const base = { decidedOn, method: o.method ?? "written", language: o.language };
  const given = (purpose: Consent["purpose"]): Consent => ({
    ...base,
    purpose,
    decision: "given",
    guardian: o.guardian ?? null,
  });
  return [
    given("assistance"),
    given("data_processing"),
    o.sharing === "refused" ? { ...base, purpose: "referral_sharing", decision: "refused" } : given("referral_sharing"),
    ...(o.research ? [given("research_statistics")] : []),
    ...(o.police ? [given("law_enforcement")] : []),
  ];
}

export const at = (eventType: EventType, occurredOn: string, country: CountryCode, city?: string) => ({
  eventType,
  occurredOn,
  country,
  ...(city && { city }),
});
export const given = (
  assistanceType: string,
  providedOn: string,
  quantity?: number,
  unit?: Assistance["unit"],
  extra: Partial<Assistance> = {},
): Assistance => ({ assistanceType, status: "provided", providedOn, ...(quantity && { quantity, unit }), ...extra });
export const planned = (assistanceType: string, extra: Partial<Assistance> = {}): Assistance => ({
  assistanceType,
  status: "planned",
  ...extra,
});
export const cash = (providedOn: string, amount: number, currency: string): Assistance => ({
  assistanceType: "Cash",
  status: "provided",
  providedOn,
  quantity: 1,
  unit: "payment",
  cost: amount,
  currency,
});
export const nfis = (providedOn: string): Assistance[] =>
  ["Food", "Hygiene", "Clothing"].map((type) => given(type, providedOn, 1, "kit"));
