import { sql } from "kysely";
import type {
  ProviderDetail,
  ProviderInput,
  ProviderListQuery,
  ProviderPatch,
  ProviderSummary,
} from "../../../shared/api/directory.js";
import { directoryKey } from "../../../shared/directory/place-keys.js";
import { queryWords } from "../../../shared/knowledge/search-text.js";
import { AppError, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { decodeCursor, pageOf } from "../../http/keyset.js";
import { invalidCursor, isUuid } from "../case-records/newest-first.js";
import { checkMemberOrganisation, organisationNames } from "./directory-organisations.js";
import { after, coordinatesProblem, refuse } from "./entry-rules.js";
import {
  findKeptProvider,
  type ProviderRow,
  providerValues,
  selectProviders,
  toProviderDetail,
  toProviderSummary,
} from "./provider-rows.js";
import { type ServiceRow, selectServices, serviceViewer, toServiceDetail } from "./service-rows.js";

/*
 * Providers of the directory. Everyone in the deployment reads every provider; the keeper alone changes
 * one (another organisation's provider answers 404 to a change, as any record out of reach does).
 */

/** Providers by name, a keyset page at a time. */
export async function listProviders(
  db: ScopedDb,
  query: ProviderListQuery,
): Promise<{ items: ProviderSummary[]; nextCursor: string | null }> {
  let q = selectProviders(db);
  for (const word of queryWords(query.q ?? "")) q = q.where("service_providers.name_key", "like", `%${word}%`);
  if (query.country) q = q.where("service_providers.country", "=", query.country);
  if (query.keptByCaller) {
    q = q.where("service_providers.organisation_id", query.keptByCaller === "true" ? "=" : "<>", db.organisationId);
  }
  if (query.includeRetired !== "true") q = q.where("service_providers.retired_at", "is", null);
  const after = decodeCursor(query.cursor, 2);
  if (after) {
    const [nameKey, id] = after;
    if (typeof nameKey !== "string" || !isUuid(id)) invalidCursor();
    q = q.where(sql<boolean>`(service_providers.name_key, service_providers.id) > (${nameKey}, ${id}::uuid)`);
  }
  const rows = (await q
    .orderBy("service_providers.name_key")
    .orderBy("service_providers.id")
    .limit(query.limit + 1)
    .execute()) as ProviderRow[];
  const page = pageOf(rows, query.limit, (row) => [row.name_key, row.id]);
  const keeperNames = await organisationNames(
    db,
    page.items.map((row) => row.organisation_id),
  );
  return {
    items: page.items.map((row) => toProviderSummary(row, { organisationId: db.organisationId, keeperNames })),
    nextCursor: page.nextCursor,
  };
}

/** A provider with all its services (retired ones too, marked), as anyone in the deployment reads it. */
export async function getProvider(db: ScopedDb, id: string): Promise<ProviderDetail> {
  const row = (await selectProviders(db).where("service_providers.id", "=", id).executeTakeFirst()) as
    | ProviderRow
    | undefined;
  if (!row) throw notFound();
  const services = (await selectServices(db)
    .where("services.provider_id", "=", id)
    .orderBy("services.name_key")
    .orderBy("services.id")
    .execute()) as ServiceRow[];
  const viewer = await serviceViewer(db, services, [row.organisation_id]);
  return toProviderDetail(
    row,
    viewer,
    services.map((service) => toServiceDetail(service, viewer)),
  );
}

/** A keeper names a provider once (folded: "Łódź" and "Lodz" are one name), so that imports can find it. */
async function checkNameFree(db: ScopedDb, name: string, exceptId?: string): Promise<void> {
  let q = db
    .selectFrom("service_providers")
    .select("id")
    .where("organisation_id", "=", db.organisationId)
    .where("name_key", "=", directoryKey(name) ?? "");
  if (exceptId) q = q.where("id", "<>", exceptId);
  if (await q.executeTakeFirst()) throw new AppError("conflict", [{ field: "body.name", problem: "taken" }]);
}

export async function createProvider(db: ScopedDb, input: ProviderInput): Promise<ProviderDetail> {
  refuse(coordinatesProblem(input.latitude, input.longitude));
  await checkMemberOrganisation(db, input.memberOrganisationId);
  await checkNameFree(db, input.name);
  const id = crypto.randomUUID();
  await db
    .insertInto("service_providers", [{ organisation_id: db.organisationId, id, ...providerValues(input) }])
    .execute();
  db.audit({ action: "directory.provider_create", recordType: "service_provider", recordId: id });
  return getProvider(db, id);
}

/**
 * A change by the keeper, at the version read (else 409). Retiring a provider retires the services it
 * still gives: a retired provider gives none.
 */
export async function updateProvider(db: ScopedDb, id: string, patch: ProviderPatch): Promise<ProviderDetail> {
  const row = await findKeptProvider(db, id, { forUpdate: true });
  if (row.version !== patch.version) throw new AppError("conflict");
  const { version: _, retired, ...fields } = patch;
  refuse(coordinatesProblem(after(fields.latitude, row.latitude), after(fields.longitude, row.longitude)));
  if (fields.memberOrganisationId !== undefined) await checkMemberOrganisation(db, fields.memberOrganisationId);
  if (fields.name !== undefined) await checkNameFree(db, fields.name, id);
  const now = new Date();
  const retiring = retired === true && row.retired_at === null;
  await db
    .updateTable("service_providers")
    .set({
      ...providerValues(fields),
      ...(retired === undefined ? {} : { retired_at: retired ? (row.retired_at ?? now) : null }),
      version: row.version + 1,
      updated_at: now,
    })
    .where("id", "=", id)
    .execute();
  if (retiring) {
    await db
      .updateTable("services")
      .set({ retired_at: now, updated_at: now, version: sql<number>`version + 1` })
      .where("provider_id", "=", id)
      .where("retired_at", "is", null)
      .execute();
  }
  db.audit({
    action: "directory.provider_update",
    recordType: "service_provider",
    recordId: id,
    detail: {
      changed: Object.keys(patch)
        .filter((key) => key !== "version")
        .sort(),
    },
  });
  return getProvider(db, id);
}
