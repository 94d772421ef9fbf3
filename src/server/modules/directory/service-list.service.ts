import { sql } from "kysely";
import {
  MAP_MAX_POINTS,
  type ServiceDetail,
  type ServiceFilterQuery,
  type ServiceListQuery,
  type ServicePoint,
} from "../../../shared/api/directory.js";
import type { ServiceType } from "../../../shared/directory/vocab.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { decodeCursor, pageOf } from "../../http/keyset.js";
import { invalidCursor, isUuid } from "../case-records/newest-first.js";
import { serviceConditions } from "./service-filters.js";
import { type ServiceRow, selectServices, serviceViewer, toServiceDetail } from "./service-rows.js";

const SERVICE_LOCATED = sql<boolean>`(services.latitude IS NOT NULL AND services.longitude IS NOT NULL)`;

/** Services passing the filters, by name (folded) then id: the order the list pages and the export writes. */
function filtered(db: ScopedDb, query: ServiceFilterQuery, now: Date) {
  let q = selectServices(db);
  for (const condition of serviceConditions(query, db.organisationId, now)) q = q.where(condition);
  return q;
}

/** The rows after a keyset position (name key, id), at most limit of them. */
export async function serviceRowsAfter(
  db: ScopedDb,
  query: ServiceFilterQuery,
  after: { nameKey: string; id: string } | undefined,
  limit: number,
  now: Date,
): Promise<ServiceRow[]> {
  let q = filtered(db, query, now);
  if (after) q = q.where(sql<boolean>`(services.name_key, services.id) > (${after.nameKey}, ${after.id}::uuid)`);
  return (await q.orderBy("services.name_key").orderBy("services.id").limit(limit).execute()) as ServiceRow[];
}

/** The directory's list: every organisation's services, filtered, a keyset page at a time. */
export async function listServices(
  db: ScopedDb,
  query: ServiceListQuery,
): Promise<{ items: ServiceDetail[]; nextCursor: string | null }> {
  const cursor = decodeCursor(query.cursor, 2);
  let after: { nameKey: string; id: string } | undefined;
  if (cursor) {
    const [nameKey, id] = cursor;
    if (typeof nameKey !== "string" || !isUuid(id)) invalidCursor();
    after = { nameKey, id };
  }
  const now = new Date();
  const rows = await serviceRowsAfter(db, query, after, query.limit + 1, now);
  const page = pageOf(rows, query.limit, (row) => [row.name_key, row.id]);
  const viewer = await serviceViewer(db, page.items);
  return { items: page.items.map((row) => toServiceDetail(row, viewer)), nextCursor: page.nextCursor };
}

/**
 * The map: a point for every located service passing the filters, at the service's coordinates or else its
 * provider's. Services with neither are left out: they are in the list.
 */
export async function mapServices(
  db: ScopedDb,
  query: ServiceFilterQuery,
): Promise<{ items: ServicePoint[]; truncated: boolean }> {
  let q = filtered(db, query, new Date())
    .clearSelect()
    .select([
      "services.id",
      "services.name",
      "services.service_type",
      "services.availability",
      "service_providers.name as provider_name",
      sql<number>`(CASE WHEN ${SERVICE_LOCATED} THEN services.latitude ELSE service_providers.latitude END)`.as(
        "point_latitude",
      ),
      sql<number>`(CASE WHEN ${SERVICE_LOCATED} THEN services.longitude ELSE service_providers.longitude END)`.as(
        "point_longitude",
      ),
    ]);
  q = q.where(
    sql<boolean>`(${SERVICE_LOCATED} OR (service_providers.latitude IS NOT NULL AND service_providers.longitude IS NOT NULL))`,
  );
  const rows = await q
    .orderBy("services.name_key")
    .orderBy("services.id")
    .limit(MAP_MAX_POINTS + 1)
    .execute();
  return {
    items: rows.slice(0, MAP_MAX_POINTS).map((row) => ({
      id: row.id,
      name: row.name,
      providerName: row.provider_name,
      serviceType: row.service_type as ServiceType,
      latitude: row.point_latitude,
      longitude: row.point_longitude,
      availability: row.availability,
    })),
    truncated: rows.length > MAP_MAX_POINTS,
  };
}
