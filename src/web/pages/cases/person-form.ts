import { ageOn } from "../../../shared/dates.js";
import { DISABILITY_DOMAINS } from "../../../shared/htcds/index.js";
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
  emails: string[];
  documents: DocumentValues[];
  address: AddressValues;
  education: string | null;
  maritalStatus: string | null;
  numberOfChildren: string;
  /** Washington Group answers by domain; a domain not asked is absent. */
  disability: Record<string, string>;
  deceased: boolean;
}

export interface DocumentValues {
  type: string;
  number: string;
  country: string | null;
}

export interface AddressValues {
  street: string;
  city: string;
  region: string;
  postalCode: string;
  country: string | null;
  /** Not shown in the form, but kept: a save must not drop coordinates recorded elsewhere. */
  latitude: number | null;
  longitude: number | null;
}

const EMPTY_ADDRESS: AddressValues = {
  street: "",
  city: "",
  region: "",
  postalCode: "",
  country: null,
  latitude: null,
  longitude: null,
};

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
  emails: [],
  documents: [],
  address: EMPTY_ADDRESS,
  education: null,
  maritalStatus: null,
  numberOfChildren: "",
  disability: {},
  deceased: false,
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
    emails: values.emails.map((email) => email.trim()).filter(Boolean),
    // Every row is sent, a half-filled one too: the server names the missing number by its row.
    identityDocuments: values.documents.map((doc) => ({
      type: doc.type.trim(),
      number: doc.number.trim(),
      country: doc.country as Country,
    })),
    address: addressOf(values.address),
  };
}

type Country = NonNullable<NonNullable<PersonIdentity["address"]>["country"]>;

function addressOf(address: AddressValues): PersonIdentity["address"] {
  const result = {
    street: text(address.street),
    city: text(address.city),
    region: text(address.region),
    postalCode: text(address.postalCode),
    country: address.country as Country | null,
    latitude: address.latitude,
    longitude: address.longitude,
  };
  return Object.values(result).some((value) => value !== null) ? result : null;
}

/** In the order of the questions, so that the same answers always compare equal. */
function disabilityOf(answers: Record<string, string>): PersonInput["disability"] {
  const ordered = DISABILITY_DOMAINS.filter((domain) => answers[domain]).map((domain) => [domain, answers[domain]]);
  return ordered.length > 0 ? (Object.fromEntries(ordered) as PersonInput["disability"]) : null;
}

function childrenOf(values: PersonFormValues): number | null {
  const count = values.numberOfChildren.trim();
  return count ? Number(count) : null;
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
    education: values.education as PersonInput["education"],
    maritalStatus: values.maritalStatus as PersonInput["maritalStatus"],
    numberOfChildren: childrenOf(values),
    disability: disabilityOf(values.disability),
    deceased: values.deceased,
  };
}

export function toPersonInput(values: PersonFormValues): PersonInput {
  return { ...factsOf(values), identity: identityOf(values) };
}

/**
 * A change to a known person: only what the form changed. The identity is sealed as one value, so a changed
 * identity is sent whole, with what the form does not show (salutation, title) as it was.
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
    emails: identity?.emails ?? [],
    documents: (identity?.identityDocuments ?? []).map((doc) => ({
      type: doc.type,
      number: doc.number,
      country: doc.country ?? null,
    })),
    address: {
      street: identity?.address?.street ?? "",
      city: identity?.address?.city ?? "",
      region: identity?.address?.region ?? "",
      postalCode: identity?.address?.postalCode ?? "",
      country: identity?.address?.country ?? null,
      latitude: identity?.address?.latitude ?? null,
      longitude: identity?.address?.longitude ?? null,
    },
    education: person.education,
    maritalStatus: person.maritalStatus,
    numberOfChildren: person.numberOfChildren === null ? "" : String(person.numberOfChildren),
    disability: person.disability ?? {},
    deceased: person.deceased,
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
