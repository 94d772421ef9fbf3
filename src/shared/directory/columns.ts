import { DIRECTORY_HXL } from "./vocab.js";

/**
 * The directory as a spreadsheet: one row per service, its provider's columns beside it. Row 1 names the
 * columns for people (in the reader's language), row 2 carries the HXL hashtags that tools read, whatever the
 * language of row 1; the data follow. Lists are codes or names separated by ";".
 */
export type ColumnValue = "text" | "code" | "list" | "integer" | "number" | "boolean" | "date";

export interface DirectoryColumn {
  key: string;
  hxl: string;
  value: ColumnValue;
  /** Whose field it is: the provider's, the service's, or about the row (its id and version). */
  part: "provider" | "service" | "row";
  /** Written for readers, never read back (the keeper and the last verification change through the API). */
  exportOnly?: true;
}

const column = (
  key: string,
  hxl: string,
  value: ColumnValue,
  part: DirectoryColumn["part"],
  exportOnly = false,
): DirectoryColumn => ({ key, hxl, value, part, ...(exportOnly ? { exportOnly: true as const } : {}) });

/** In the order of the file. Hashtags follow the HXL core schema; +served marks the area a service serves. */
export const DIRECTORY_COLUMNS: readonly DirectoryColumn[] = [
  column("id", "#meta +id", "code", "row"),
  column("providerName", DIRECTORY_HXL.providerName, "text", "provider"),
  column("providerKind", DIRECTORY_HXL.providerKind, "code", "provider"),
  column("serviceName", DIRECTORY_HXL.serviceName, "text", "service"),
  column("serviceType", DIRECTORY_HXL.serviceType, "code", "service"),
  column("description", "#description +service", "text", "service"),
  column("address", "#loc +address", "text", "service"),
  column("country", DIRECTORY_HXL.country, "code", "service"),
  column("region", DIRECTORY_HXL.region, "text", "service"),
  column("city", DIRECTORY_HXL.city, "text", "service"),
  column("latitude", DIRECTORY_HXL.latitude, "number", "service"),
  column("longitude", DIRECTORY_HXL.longitude, "number", "service"),
  column("areaCountries", "#country +code +served +list", "list", "service"),
  column("areaRegions", "#adm1 +name +served +list", "list", "service"),
  column("areaCities", "#loc +name +served +list", "list", "service"),
  column("remote", "#service +remote", "boolean", "service"),
  column("languages", DIRECTORY_HXL.languages, "list", "service"),
  column("minAge", "#beneficiary +age +min", "integer", "service"),
  column("maxAge", "#beneficiary +age +max", "integer", "service"),
  column("sexes", "#beneficiary +sex +list", "list", "service"),
  column("nationalities", "#beneficiary +nationality +code +list", "list", "service"),
  column("statuses", "#beneficiary +status +list", "list", "service"),
  column("openingHours", "#access +hours", "text", "service"),
  column("openAlways", "#access +hours +always", "boolean", "service"),
  column("capacity", "#capacity +num", "integer", "service"),
  column("availability", "#status +availability", "code", "service"),
  column("contactName", "#contact +name", "text", "service"),
  column("contactPhone", DIRECTORY_HXL.contactPhone, "text", "service"),
  column("contactEmail", DIRECTORY_HXL.contactEmail, "text", "service"),
  column("retired", "#status +retired", "boolean", "service"),
  column("providerDescription", "#description +org", "text", "provider"),
  column("providerWebsite", "#org +url", "text", "provider"),
  column("providerEmail", "#contact +email +org", "text", "provider"),
  column("providerPhone", "#contact +phone +org", "text", "provider"),
  column("providerAddress", "#loc +address +org", "text", "provider"),
  column("providerCountry", "#country +code +org", "code", "provider"),
  column("providerRegion", "#adm1 +name +org", "text", "provider"),
  column("providerCity", "#loc +name +org", "text", "provider"),
  column("providerLatitude", "#geo +lat +org", "number", "provider"),
  column("providerLongitude", "#geo +lon +org", "number", "provider"),
  column("version", "#meta +version", "integer", "row"),
  column("verifiedAt", "#date +verified", "date", "row", true),
  column("keeper", "#org +keeper +name", "text", "row", true),
];

/** Columns a file must have for an import: without them no row can name its provider and service. */
export const REQUIRED_IMPORT_COLUMNS = ["providerName", "providerKind", "serviceName", "serviceType"] as const;

/**
 * A hashtag with its attributes in a fixed order, lower case, so that "#org+name" and "#ORG +Name" match:
 * HXL attributes are unordered and case-insensitive. Undefined when the cell is not a hashtag.
 */
export function normaliseHashtag(cell: string): string | undefined {
  const match = /^\s*#([a-z][a-z0-9_]*)((?:\s*\+[a-z][a-z0-9_]*)*)\s*$/i.exec(cell);
  if (!match) return undefined;
  const attributes = (match[2] ?? "")
    .split("+")
    .map((attribute) => attribute.trim().toLowerCase())
    .filter(Boolean)
    .sort();
  return [`#${(match[1] ?? "").toLowerCase()}`, ...attributes.map((attribute) => `+${attribute}`)].join(" ");
}

const BY_HASHTAG = new Map(DIRECTORY_COLUMNS.map((c) => [normaliseHashtag(c.hxl), c]));

/** The column a hashtag names, if the directory has it. */
export function columnOfHashtag(cell: string): DirectoryColumn | undefined {
  const tag = normaliseHashtag(cell);
  return tag ? BY_HASHTAG.get(tag) : undefined;
}
