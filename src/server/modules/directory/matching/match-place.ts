import type { RecordMatchQuery } from "../../../../shared/api/directory-matching.js";
import { invalidField } from "../../../access/errors.js";
import type { ScopedDb } from "../../../access/scoped-db.js";
import type { MatchNeeds } from "./ranking.js";

export type NeedsPlace = MatchNeeds["place"];

/**
 * Where the caller's organisation is: where a person it helps usually is, and so the place to match for
 * unless the caller says otherwise.
 */
export async function organisationPlace(db: ScopedDb): Promise<NeedsPlace> {
  const row = await db
    .selectFrom("organisations")
    .select(["country", "region", "city", "latitude", "longitude"])
    .where("id", "=", db.organisationId)
    .executeTakeFirstOrThrow();
  return checkedPlace(row, null);
}

/**
 * A coordinate needs both halves. For the caller's input, the missing half is named (a 400); a stored
 * place with half a pair simply has no coordinates.
 */
export function checkedPlace(place: NeedsPlace, field: string | null): NeedsPlace {
  const hasLatitude = place.latitude !== null;
  if (hasLatitude === (place.longitude !== null)) return place;
  if (field) throw invalidField(`${field}.${hasLatitude ? "longitude" : "latitude"}`, "required");
  return { ...place, latitude: null, longitude: null };
}

/**
 * The place a record's matches are for: the one in the query when any part of it is given (the country
 * defaults to the record's), else the record's own.
 */
export function placeFromQuery(query: RecordMatchQuery, recordPlace: NeedsPlace): NeedsPlace {
  const given = [query.country, query.region, query.city, query.latitude, query.longitude].some((v) => v !== undefined);
  if (!given) return recordPlace;
  return checkedPlace(
    {
      country: query.country ?? recordPlace.country,
      region: query.region ?? null,
      city: query.city ?? null,
      latitude: query.latitude ?? null,
      longitude: query.longitude ?? null,
    },
    "query",
  );
}
