import { z } from "zod";
import { MATCH_REASON_CODES } from "../directory/match-reasons.js";
import { AVAILABILITIES, SERVICE_TYPES } from "../directory/vocab.js";
import { MIGRATION_STATUSES, SEXES } from "../htcds/extensions/person.js";
import { LANGUAGE_CODES } from "../htcds/index.js";
import { plainText } from "./common.js";
import { country } from "./people.js";

/**
 * Service matching: services of the directory ranked for one person's needs (from a case, a screening or
 * given by hand), each with the reasons it is suggested.
 */

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);
const matchLimit = z.coerce.number().int().min(1).max(50).default(10);

/** A query list as `?serviceType=Legal&serviceType=Medical` or `?serviceType=Legal,Medical`. */
const queryList = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((v) => (typeof v === "string" ? v.split(",") : [v]))
        .filter(Boolean),
    z.array(item).max(20),
  );

/** A number in a query string; `?latitude=` is no latitude, not 0. */
const queryNumber = (schema: z.ZodNumber) =>
  z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().pipe(schema).optional());

/** Where the person is, when not where the caller's organisation is; the needs come from the record. */
export const recordMatchQuery = z.strictObject({
  serviceType: queryList(z.enum(SERVICE_TYPES)).optional(),
  country: country.optional(),
  region: plainText(120).min(1).optional(),
  city: plainText(120).min(1).optional(),
  latitude: queryNumber(latitude),
  longitude: queryNumber(longitude),
  limit: matchLimit,
});

export const matchPlace = z.strictObject({
  country: country,
  region: plainText(120).min(1).nullable().optional(),
  city: plainText(120).min(1).nullable().optional(),
  latitude: latitude.nullable().optional(),
  longitude: longitude.nullable().optional(),
});

/** Needs said outright, for a person who has no case. Eligibility facts left out are not held against anyone. */
export const matchInput = z.strictObject({
  /** Most important first. */
  serviceTypes: z.array(z.enum(SERVICE_TYPES)).min(1).max(20),
  /** Where the person is; the caller's organisation's place when left out. */
  place: matchPlace.optional(),
  /** The person's languages, the one they speak best first. */
  languages: z.array(z.enum(LANGUAGE_CODES)).max(10).optional(),
  age: z.number().int().min(0).max(120).nullable().optional(),
  sex: z.enum(SEXES).nullable().optional(),
  nationalities: z.array(country).max(10).optional(),
  statuses: z.array(z.enum(MIGRATION_STATUSES)).max(20).optional(),
  limit: matchLimit,
});

export const matchReason = z.object({
  code: z.enum(MATCH_REASON_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const serviceMatch = z.object({
  serviceId: z.uuid(),
  name: z.string(),
  serviceType: z.enum(SERVICE_TYPES),
  providerId: z.uuid(),
  providerName: z.string(),
  /** Set when the provider works in this deployment: a Safepath referral reaches it; otherwise contact it directly. */
  memberOrganisationId: z.uuid().nullable(),
  availability: z.enum(AVAILABILITIES),
  remote: z.boolean(),
  /** The service's place, or its provider's. */
  city: z.string().nullable(),
  country: z.string().nullable(),
  distanceKm: z.number().nullable(),
  contact: z.object({
    name: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    openingHours: z.string().nullable(),
  }),
  /** Higher is a better fit; only comparable within one answer. */
  score: z.number(),
  reasons: z.array(matchReason),
});

/** The needs the services were matched for, so that the caller sees what was assumed and can change it. */
export const matchedNeeds = z.object({
  serviceTypes: z.array(z.enum(SERVICE_TYPES)),
  place: z.object({
    country: z.string(),
    region: z.string().nullable(),
    city: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  }),
  languages: z.array(z.string()),
  age: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
  sex: z.string().nullable(),
  nationalities: z.array(z.string()),
  statuses: z.array(z.string()),
});

export const matchResult = z.object({ needs: matchedNeeds, items: z.array(serviceMatch) });

export type RecordMatchQuery = z.infer<typeof recordMatchQuery>;
export type MatchInput = z.infer<typeof matchInput>;
export type MatchPlace = z.infer<typeof matchPlace>;
export type ServiceMatch = z.infer<typeof serviceMatch>;
export type MatchedNeeds = z.infer<typeof matchedNeeds>;
export type MatchResult = z.infer<typeof matchResult>;
