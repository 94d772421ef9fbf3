import { z } from "zod";
import { AVAILABILITIES, SERVICE_TYPES } from "../directory/vocab.js";
import { MIGRATION_STATUSES, SEXES } from "../htcds/extensions/person.js";
import { LANGUAGE_CODES } from "../htcds/index.js";
import { ORGANISATION_TYPES } from "../vocab/organisation-types.js";
import { cursorParam, errorBody, limitParam, plainText } from "./common.js";
import { country } from "./people.js";

/**
 * The service directory: providers (organisations in this deployment or outside it) and the services they
 * give. One directory for the deployment; each entry is kept by one organisation, the only one that changes it.
 * Entries hold no personal data.
 */

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);
const place = {
  address: plainText(300).nullable(),
  country: country.nullable(),
  region: plainText(120).nullable(),
  city: plainText(120).nullable(),
  latitude: latitude.nullable(),
  longitude: longitude.nullable(),
};
const placeInput = {
  address: place.address.optional(),
  country: place.country.optional(),
  region: place.region.optional(),
  city: place.city.optional(),
  latitude: place.latitude.optional(),
  longitude: place.longitude.optional(),
};

export const providerInput = z.strictObject({
  name: plainText(200).min(1),
  kind: z.enum(ORGANISATION_TYPES),
  /** The provider's organisation in this deployment, when it has one: referrals to it arrive there. */
  memberOrganisationId: z.uuid().nullable().optional(),
  description: plainText(2000).nullable().optional(),
  website: z.url().max(300).nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  phone: plainText(40).nullable().optional(),
  ...placeInput,
});

export const providerPatch = providerInput.partial().extend({
  retired: z.boolean().optional(),
  /** The version read: a change made meanwhile by someone else answers 409. */
  version: z.number().int().min(1),
});

export const serviceInput = z.strictObject({
  providerId: z.uuid(),
  name: plainText(200).min(1),
  serviceType: z.enum(SERVICE_TYPES),
  description: plainText(2000).nullable().optional(),
  ...placeInput,
  areaCountries: z.array(country).max(60).optional(),
  areaRegions: z.array(plainText(120).min(1)).max(100).optional(),
  areaCities: z.array(plainText(120).min(1)).max(200).optional(),
  remote: z.boolean().optional(),
  languages: z.array(z.enum(LANGUAGE_CODES)).max(40).optional(),
  minAge: z.number().int().min(0).max(120).nullable().optional(),
  maxAge: z.number().int().min(0).max(120).nullable().optional(),
  sexes: z.array(z.enum(SEXES)).max(4).optional(),
  nationalities: z.array(country).max(250).optional(),
  statuses: z.array(z.enum(MIGRATION_STATUSES)).max(20).optional(),
  openingHours: plainText(300).nullable().optional(),
  openAlways: z.boolean().optional(),
  capacity: z.number().int().min(0).max(1_000_000).nullable().optional(),
  availability: z.enum(AVAILABILITIES).optional(),
  contactName: plainText(200).nullable().optional(),
  contactPhone: plainText(40).nullable().optional(),
  contactEmail: z.email().max(200).nullable().optional(),
});

export const servicePatch = serviceInput
  .omit({ providerId: true })
  .partial()
  .extend({
    retired: z.boolean().optional(),
    version: z.number().int().min(1),
  });

export const serviceDetail = z.object({
  id: z.uuid(),
  providerId: z.uuid(),
  providerName: z.string(),
  /** Referrals to this service reach a Safepath organisation (null: a package is sent outside the deployment). */
  memberOrganisationId: z.uuid().nullable(),
  keeperOrganisationId: z.uuid(),
  keeperOrganisationName: z.string(),
  keptByCaller: z.boolean(),
  name: z.string(),
  serviceType: z.enum(SERVICE_TYPES),
  description: z.string().nullable(),
  /** The service's own place, or the provider's when it has none. */
  address: z.string().nullable(),
  country: z.string().nullable(),
  region: z.string().nullable(),
  city: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** The place above is the provider's: the service has no place of its own (its coordinates, when it has none). */
  placeFromProvider: z.boolean(),
  areaCountries: z.array(z.string()),
  areaRegions: z.array(z.string()),
  areaCities: z.array(z.string()),
  remote: z.boolean(),
  languages: z.array(z.string()),
  minAge: z.number().int().nullable(),
  maxAge: z.number().int().nullable(),
  sexes: z.array(z.string()),
  nationalities: z.array(z.string()),
  statuses: z.array(z.string()),
  openingHours: z.string().nullable(),
  openAlways: z.boolean(),
  capacity: z.number().int().nullable(),
  availability: z.enum(AVAILABILITIES),
  availabilityUpdatedAt: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  /** Shown to the keeper only; other organisations see the keeper's name. */
  verifiedByName: z.string().nullable(),
  /** Not verified for six months (or never). */
  verificationDue: z.boolean(),
  retired: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});

export const providerSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(ORGANISATION_TYPES),
  memberOrganisationId: z.uuid().nullable(),
  /** The organisation that keeps the entry, and whether it is the caller's (only the keeper may change it). */
  keeperOrganisationId: z.uuid(),
  keeperOrganisationName: z.string(),
  keptByCaller: z.boolean(),
  country: z.string().nullable(),
  city: z.string().nullable(),
  retired: z.boolean(),
  serviceCount: z.number().int(),
});

export const providerDetail = providerSummary.extend({
  description: z.string().nullable(),
  website: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  region: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  /** The provider's services, retired ones included (each says so), by name. */
  services: z.array(serviceDetail),
});

const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").filter(Boolean) : value),
    z.array(item).max(50),
  );

/** Search and filters: need (service type), place, language, eligibility of a person, text. */
export const serviceListQuery = z.strictObject({
  q: plainText(100).optional(),
  serviceType: csv(z.enum(SERVICE_TYPES)).optional(),
  country: country.optional(),
  region: plainText(120).optional(),
  city: plainText(120).optional(),
  language: z.enum(LANGUAGE_CODES).optional(),
  /** Eligibility of the person to be helped: services whose rules exclude them are left out. */
  age: z.coerce.number().int().min(0).max(120).optional(),
  sex: z.enum(SEXES).optional(),
  nationality: country.optional(),
  status: z.enum(MIGRATION_STATUSES).optional(),
  availability: z.enum(AVAILABILITIES).optional(),
  providerId: z.uuid().optional(),
  /** Only entries the caller's organisation keeps. */
  keptByCaller: z.enum(["true", "false"]).optional(),
  verificationDue: z.enum(["true", "false"]).optional(),
  includeRetired: z.enum(["true", "false"]).optional(),
  limit: limitParam,
  cursor: cursorParam,
});

export const providerListQuery = z.strictObject({
  q: plainText(100).optional(),
  country: country.optional(),
  keptByCaller: z.enum(["true", "false"]).optional(),
  includeRetired: z.enum(["true", "false"]).optional(),
  limit: limitParam,
  cursor: cursorParam,
});

/** A point per service for the map: enough to draw and to open the service, nothing more. */
export const servicePoint = z.object({
  id: z.uuid(),
  name: z.string(),
  providerName: z.string(),
  serviceType: z.enum(SERVICE_TYPES),
  latitude: z.number(),
  longitude: z.number(),
  availability: z.enum(AVAILABILITIES),
});

/** The map: every located service passing the list's filters, up to MAP_MAX_POINTS (truncated says more matched). */
export const MAP_MAX_POINTS = 5000;
export const serviceMap = z.object({ items: z.array(servicePoint), truncated: z.boolean() });

/** The list's filters without paging, for the map and the export. */
export const serviceFilterQuery = serviceListQuery.omit({ limit: true, cursor: true });

/** An organisation of this deployment, as the directory names it (a provider's member organisation). */
export const directoryOrganisation = z.object({ id: z.uuid(), name: z.string() });

export const DIRECTORY_FILE_FORMATS = ["csv", "xlsx"] as const;
export const DIRECTORY_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const DIRECTORY_IMPORT_MAX_ROWS = 5000;
export const DIRECTORY_EXPORT_MAX_ROWS = 20000;

export const directoryExportQuery = serviceFilterQuery.extend({ format: z.enum(DIRECTORY_FILE_FORMATS) });

/** One problem in one cell: the row as the spreadsheet numbers it (header and HXL rows counted) and the column. */
export const directoryImportProblem = z.object({
  row: z.number().int(),
  /** The column's key (DIRECTORY_COLUMNS), e.g. "serviceType". */
  field: z.string(),
  problem: z.string(),
  message: z.string(),
});

const importCounts = z.object({
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
});

export const directoryImportReport = z.object({
  dryRun: z.boolean(),
  /** Data rows read. */
  rows: z.number().int(),
  /** What the file creates and changes (a dry run's forecast; what was written otherwise). */
  providers: importCounts,
  services: importCounts,
  badRows: z.array(z.number().int()),
  problems: z.array(directoryImportProblem),
  /** Columns of the file that the directory does not import (unknown, or export-only like the keeper). */
  ignoredColumns: z.array(z.string()),
});

/** A refused import: the usual error body with the report; nothing was written. */
export const directoryImportFailure = errorBody.extend({ report: directoryImportReport.optional() });

export type ProviderInput = z.infer<typeof providerInput>;
export type ProviderPatch = z.infer<typeof providerPatch>;
export type ProviderSummary = z.infer<typeof providerSummary>;
export type ProviderDetail = z.infer<typeof providerDetail>;
export type ServiceInput = z.infer<typeof serviceInput>;
export type ServicePatch = z.infer<typeof servicePatch>;
export type ServiceDetail = z.infer<typeof serviceDetail>;
export type ServiceListQuery = z.infer<typeof serviceListQuery>;
export type ServicePoint = z.infer<typeof servicePoint>;
export type ServiceFilterQuery = z.infer<typeof serviceFilterQuery>;
export type DirectoryExportQuery = z.infer<typeof directoryExportQuery>;
export type DirectoryImportReport = z.infer<typeof directoryImportReport>;
export type DirectoryImportProblem = z.infer<typeof directoryImportProblem>;
export type ProviderListQuery = z.infer<typeof providerListQuery>;
