import { z } from "zod";
import {
  DISABILITY_DEGREES,
  DISABILITY_DOMAINS,
  EDUCATION_LEVELS,
  GENDERS,
  LANGUAGE_CODES,
  MARITAL_STATUSES,
  MIGRATION_STATUSES,
  SEXES,
  VULNERABILITY_FLAGS,
} from "../htcds/index.js";
import { COUNTRY_CODES } from "../vocab/countries.js";
import { phoneE164, plainText } from "./common.js";

/** A calendar date, "YYYY-MM-DD". */
export const isoDate = z.iso.date();

const unique = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((values) => new Set(values).size === values.length, { message: "duplicate_values" });

export const country = z.enum(COUNTRY_CODES);
export const countries = unique(country, 10);

export const address = z.strictObject({
  street: plainText(200).nullable().optional(),
  city: plainText(120).nullable().optional(),
  region: plainText(120).nullable().optional(),
  postalCode: plainText(20).nullable().optional(),
  country: country.nullable().optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
});

export const identityDocument = z.strictObject({
  type: plainText(60),
  number: plainText(60).min(1),
  country: country.nullable().optional(),
});

/** The identifying part of a person (HTCDS prs_ names, birth date, contacts): sealed, never in clear. */
export const personIdentity = z.strictObject({
  salutation: plainText(40).nullable().optional(),
  title: plainText(80).nullable().optional(),
  firstName: plainText(120).nullable().optional(),
  middleName: plainText(120).nullable().optional(),
  secondName: plainText(120).nullable().optional(),
  /** Other spellings and names the person is known by: searched like the name. */
  otherNames: z.array(plainText(200).min(1)).max(10).optional(),
  birthDate: isoDate.nullable().optional(),
  identityDocuments: z.array(identityDocument).max(10).optional(),
  phones: z.array(phoneE164).max(10).optional(),
  emails: z.array(z.email().max(200)).max(10).optional(),
  address: address.nullable().optional(),
});

export const disability = z.partialRecord(z.enum(DISABILITY_DOMAINS), z.enum(DISABILITY_DEGREES));

/** Fields kept in clear for statistics and disaggregation. */
export const personFacts = z.strictObject({
  gender: z.enum(GENDERS).nullable().optional(),
  sex: z.enum(SEXES).nullable().optional(),
  birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
  birthYearEstimated: z.boolean().optional(),
  citizenships: countries.optional(),
  primaryLanguage: z.enum(LANGUAGE_CODES).nullable().optional(),
  languages: unique(z.enum(LANGUAGE_CODES), 10).optional(),
  education: z.enum(EDUCATION_LEVELS).nullable().optional(),
  maritalStatus: z.enum(MARITAL_STATUSES).nullable().optional(),
  numberOfChildren: z.number().int().min(0).max(50).nullable().optional(),
  migrationStatuses: unique(z.enum(MIGRATION_STATUSES), 10).optional(),
  vulnerabilityFlags: unique(z.enum(VULNERABILITY_FLAGS), 30).optional(),
  disability: disability.nullable().optional(),
  deceased: z.boolean().optional(),
});

export const personInput = z.strictObject({ ...personFacts.shape, identity: personIdentity });
export const personPatch = z.strictObject({
  ...personFacts.shape,
  identity: personIdentity.optional(),
  version: z.number().int().min(1),
});

export const person = z.object({
  id: z.uuid(),
  displayName: z.string(),
  gender: z.string().nullable(),
  sex: z.string().nullable(),
  birthYear: z.number().nullable(),
  birthYearEstimated: z.boolean(),
  ageBand: z.string().nullable(),
  citizenships: z.array(z.string()),
  primaryLanguage: z.string().nullable(),
  languages: z.array(z.string()),
  education: z.string().nullable(),
  maritalStatus: z.string().nullable(),
  numberOfChildren: z.number().nullable(),
  migrationStatuses: z.array(z.string()),
  vulnerabilityFlags: z.array(z.string()),
  disability: z.record(z.string(), z.string()).nullable(),
  deceased: z.boolean(),
  /** Null once erased: the clear fields above remain for statistics. */
  identity: personIdentity.nullable(),
  erased: z.boolean(),
  mergedInto: z.uuid().nullable(),
  version: z.number(),
  createdAt: z.string(),
});

/** Search text travels in a body, never a URL: a name in a URL ends up in logs and histories. */
export const personSearch = z.strictObject({
  query: plainText(200).min(2),
  limit: z.number().int().min(1).max(50).default(20),
});

export const duplicateQuery = z.strictObject({
  identity: personIdentity,
  birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
  limit: z.number().int().min(1).max(20).default(10),
});

export const matchReason = z.enum([
  "same_name",
  "similar_name",
  "same_birth_date",
  "same_birth_year",
  "same_phone",
  "same_identity_number",
  "same_email",
]);

export const personMatch = z.object({
  personId: z.uuid(),
  displayName: z.string(),
  birthYear: z.number().nullable(),
  score: z.number(),
  reasons: z.array(matchReason),
  caseNumbers: z.array(z.string()),
});

export const personMatches = z.object({ items: z.array(personMatch) });
