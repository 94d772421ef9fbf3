import { ageOn } from "../../../shared/dates.js";
import type { Person, PersonIdentity, PersonInput, PersonPatch } from "./case-types.js";
import { changedFields } from "./changes.js";

/** A person's details as the form holds them: text as typed, lists of codes, nothing converted yet. */
export interface PersonFormValues {
  firstName: string;
  middleName: string;
  secondName: string;
  otherNames: string[];
  birthDate: string;
  birthYear: string;
  birthYearEstimated: boolean;
  phones: string[];
  gender: string | null;
  sex: string | null;
  citizenships: string[];
  primaryLanguage: string | null;
  languages: string[];
  migrationStatuses: string[];
  vulnerabilityFlags: string[];
}

export const EMPTY_PERSON: PersonFormValues = {
  firstName: "",
  middleName: "",
  secondName: "",
  otherNames: [],
  birthDate: "",
  birthYear: "",
  birthYearEstimated: false,
  phones: [],
  gender: null,
  sex: null,
  citizenships: [],
  primaryLanguage: null,
  languages: [],
  migrationStatuses: [],
  vulnerabilityFlags: [],
};

const CHILD_FLAGS = ["Child", "UnaccompaniedChild", "SeparatedChild"];

const text = (value: string) => value.trim() || null;

/** Phone numbers are stored in international form; spaces, dashes and brackets people type are dropped. */
export function normalisePhone(value: string): string {
  const trimmed = value.trim();
  const digits = trimmed.replace(/[^\d]/g, "");
  if (trimmed.startsWith("+")) return `+${digits}`;
  if (trimmed.startsWith("00")) return `+${digits.slice(2)}`;
  return trimmed;
}

function birthYearOf(values: PersonFormValues): number | null {
  if (values.birthDate) return null;
  const year = Number(values.birthYear.trim());
  return values.birthYear.trim() && Number.isInteger(year) ? year : null;
}

function identityOf(values: PersonFormValues): PersonIdentity {
  return {
    firstName: text(values.firstName),
    middleName: text(values.middleName),
    secondName: text(values.secondName),
    otherNames: values.otherNames.map((name) => name.trim()).filter(Boolean),
    birthDate: values.birthDate || null,
    phones: values.phones.map(normalisePhone).filter(Boolean),
  };
}

function factsOf(values: PersonFormValues) {
  const birthYear = birthYearOf(values);
  return {
    gender: values.gender as PersonInput["gender"],
    sex: values.sex as PersonInput["sex"],
    // A full birth date is exact; the year is sent (and can be estimated) only without one.
    ...(birthYear !== null ? { birthYear, birthYearEstimated: values.birthYearEstimated } : {}),
    citizenships: values.citizenships as PersonInput["citizenships"],
    primaryLanguage: values.primaryLanguage as PersonInput["primaryLanguage"],
    languages: values.languages as PersonInput["languages"],
    migrationStatuses: values.migrationStatuses as PersonInput["migrationStatuses"],
    vulnerabilityFlags: values.vulnerabilityFlags as PersonInput["vulnerabilityFlags"],
  };
}

export function toPersonInput(values: PersonFormValues): PersonInput {
  return { ...factsOf(values), identity: identityOf(values) };
}

/**
 * A change to a known person: only what the form changed. The form shows part of the identity (names, birth
 * date, phones), so a changed identity is sent with the rest (documents, e-mails, address) as it was.
 */
export function toPersonPatch(values: PersonFormValues, person: Person): PersonPatch {
  const before = fromPerson(person);
  const facts: Omit<PersonPatch, "version"> = changedFields(factsOf(before), factsOf(values));
  // Clearing the year (no birth date either) must say so; leaving it out would keep the old year.
  if (birthYearOf(values) === null && !values.birthDate && birthYearOf(before) !== null) facts.birthYear = null;
  const identityChanged = Object.keys(changedFields(identityOf(before), identityOf(values))).length > 0;
  return {
    ...facts,
    ...(identityChanged && person.identity ? { identity: { ...person.identity, ...identityOf(values) } } : {}),
    version: person.version,
  };
}

export function fromPerson(person: Person): PersonFormValues {
  const identity = person.identity;
  return {
    firstName: identity?.firstName ?? "",
    middleName: identity?.middleName ?? "",
    secondName: identity?.secondName ?? "",
    otherNames: identity?.otherNames ?? [],
    birthDate: identity?.birthDate ?? "",
    birthYear: person.birthYear !== null && !identity?.birthDate ? String(person.birthYear) : "",
    birthYearEstimated: person.birthYearEstimated,
    phones: identity?.phones ?? [],
    gender: person.gender,
    sex: person.sex,
    citizenships: person.citizenships,
    primaryLanguage: person.primaryLanguage,
    languages: person.languages,
    migrationStatuses: person.migrationStatuses,
    vulnerabilityFlags: person.vulnerabilityFlags,
  };
}

/** Under 18 on the given day, or flagged as a child: consent then needs a parent or guardian. */
export function isChild(
  on: string,
  birthDate: string | null | undefined,
  birthYear: number | null | undefined,
  flags: readonly string[],
): boolean {
  const age = ageOn(on, birthDate || null, birthYear ?? null);
  return (age !== null && age < 18) || flags.some((flag) => CHILD_FLAGS.includes(flag));
}

export function isChildForm(values: PersonFormValues, on: string): boolean {
  return isChild(on, values.birthDate, birthYearOf(values) ?? undefined, values.vulnerabilityFlags);
}
