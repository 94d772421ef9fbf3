import type { z } from "zod";
import type { caseIntake } from "../../../shared/api/cases.js";
import { todayIso } from "../../../shared/dates.js";
import { LANGUAGE_CODES, SEXES, type VULNERABILITY_FLAGS } from "../../../shared/htcds/index.js";
import { COUNTRY_CODES } from "../../../shared/vocab/countries.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Services } from "../../services.js";
import { readScreening } from "./screening-read.service.js";

type Draft = Partial<z.infer<typeof caseIntake>>;

/** Screening answers by name, as the built-in instruments (and forms following them) name them. */
const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);
const among = <T extends string>(list: readonly T[], value: unknown): T | null => {
  if (typeof value !== "string") return null;
  const found = list.find((item) => item.toLowerCase() === value.toLowerCase());
  return found ?? null;
};

/**
 * Vulnerability flags a screening can raise, by the flag ids of the built-in rules; the rest of the
 * screening's flags (trafficking-risk indicators) belong to the case's assessment, not to the person.
 */
const FLAG_TO_VULNERABILITY: Readonly<Record<string, (typeof VULNERABILITY_FLAGS)[number]>> = {
  child: "Child",
  child_unaccompanied: "UnaccompaniedChild",
  child_separated: "SeparatedChild",
  disability: "Disability",
  older_person: "OlderPerson",
  pregnancy: "Pregnancy",
  urgent_medical: "UrgentMedicalNeed",
  gbv_disclosed: "GbvSurvivor",
  roma: "Roma",
  third_country_national: "ThirdCountryNational",
  no_identity_documents: "NoIdentityDocuments",
};

/**
 * A case intake pre-filled from a screening, for the caseworker to check and complete: the name when the
 * person gave one, sex, an estimated birth year, citizenship, language and vulnerability. Consents are
 * not carried over: the case's consents are asked and recorded for their own purposes.
 */
export async function caseDraftFromScreening(db: ScopedDb, services: Services, screeningId: string): Promise<Draft> {
  const screening = await readScreening(db, services, screeningId);
  const answers = screening.answers ?? {};
  const age = typeof answers.age === "number" ? answers.age : null;
  const citizenship = among(COUNTRY_CODES, answers.citizenship);
  const language = among(LANGUAGE_CODES, answers.language);
  const vulnerabilityFlags = [
    ...new Set(
      screening.flags
        .map((flag) => FLAG_TO_VULNERABILITY[flag])
        .filter((flag): flag is (typeof VULNERABILITY_FLAGS)[number] => flag !== undefined),
    ),
  ];
  if (screening.personId) return { personId: screening.personId, screeningId };
  return {
    screeningId,
    person: {
      identity: { firstName: text(answers.given_name), secondName: text(answers.family_name) },
      sex: among(SEXES, answers.sex),
      birthYear: age === null ? null : Number(todayIso().slice(0, 4)) - age,
      birthYearEstimated: age !== null,
      citizenships: citizenship ? [citizenship] : [],
      primaryLanguage: language,
      vulnerabilityFlags,
    },
  };
}
