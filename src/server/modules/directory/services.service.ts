import type { Selectable } from "kysely";
import type { ServiceDetail, ServiceInput, ServicePatch } from "../../../shared/api/directory.js";
import { AppError, invalidField, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { ServicesTable } from "../../db/schema-directory.js";
import { after, ageRangeProblem, coordinatesProblem, refuse } from "./entry-rules.js";
import { findService, type ServiceFields, serviceValues, serviceViewer, toServiceDetail } from "./service-rows.js";

/*
 * Services of the directory. Everyone in the deployment reads every service; the keeper alone changes,
 * verifies or retires one. A service belongs to a provider of the same keeper, fixed when it is created.
 */

export type StoredService = Selectable<ServicesTable>;

export async function getService(db: ScopedDb, id: string): Promise<ServiceDetail> {
  const row = await findService(db, id);
  return toServiceDetail(row, await serviceViewer(db, [row]));
}

/** A service the caller's organisation keeps, locked for a change; another organisation's answers 404. */
export async function findKeptService(db: ScopedDb, id: string): Promise<StoredService> {
  const row = await db
    .selectFrom("services")
    .selectAll()
    .where("id", "=", id)
    .where("organisation_id", "=", db.organisationId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** New services in one statement (the import writes many); each row's provider is already checked. */
export async function insertServices(
  db: ScopedDb,
  services: readonly { id: string; providerId: string; fields: ServiceFields; retired?: boolean }[],
): Promise<void> {
  if (services.length === 0) return;
  const now = new Date();
  const rows = services.map((service) => ({
    organisation_id: db.organisationId,
    id: service.id,
    provider_id: service.providerId,
    ...serviceValues(service.fields),
    availability_updated_at: service.fields.availability ? now : null,
    retired_at: service.retired ? now : null,
  }));
  await db.insertInto("services", rows).execute();
}

/** A service's provider: kept by the caller's organisation and still giving services. */
export async function checkServiceProvider(db: ScopedDb, providerId: string): Promise<void> {
  const provider = await db
    .selectFrom("service_providers")
    .select(["organisation_id", "retired_at"])
    .where("id", "=", providerId)
    .executeTakeFirst();
  if (provider?.organisation_id !== db.organisationId) {
    throw invalidField("body.providerId", "directory_provider_not_kept");
  }
  if (provider.retired_at) throw invalidField("body.providerId", "directory_provider_retired");
}

export async function createService(db: ScopedDb, input: ServiceInput): Promise<ServiceDetail> {
  const { providerId, ...fields } = input;
  await checkServiceProvider(db, providerId);
  refuse(coordinatesProblem(fields.latitude, fields.longitude), ageRangeProblem(fields.minAge, fields.maxAge));
  const id = crypto.randomUUID();
  await insertServices(db, [{ id, providerId, fields }]);
  db.audit({ action: "directory.service_create", recordType: "service", recordId: id, detail: { providerId } });
  return getService(db, id);
}

/** The rules a change must keep, checked against the stored service. */
export function serviceChangeProblems(row: StoredService, fields: ServiceFields) {
  return [
    coordinatesProblem(after(fields.latitude, row.latitude), after(fields.longitude, row.longitude)),
    ageRangeProblem(after(fields.minAge, row.min_age), after(fields.maxAge, row.max_age)),
  ].filter((problem) => problem !== undefined);
}

/** Writes a checked change of a kept service: the next version, availability dated when it moves. */
export async function writeServiceChange(
  db: ScopedDb,
  row: StoredService,
  fields: ServiceFields,
  retired: boolean | undefined,
): Promise<void> {
  const now = new Date();
  const availabilityMoved = fields.availability !== undefined && fields.availability !== row.availability;
  await db
    .updateTable("services")
    .set({
      ...serviceValues(fields),
      ...(availabilityMoved ? { availability_updated_at: now } : {}),
      ...(retired === undefined ? {} : { retired_at: retired ? (row.retired_at ?? now) : null }),
      version: row.version + 1,
      updated_at: now,
    })
    .where("id", "=", row.id)
    .execute();
}

/** A change by the keeper at the version read (else 409). A service of a retired provider stays retired. */
export async function updateService(db: ScopedDb, id: string, patch: ServicePatch): Promise<ServiceDetail> {
  const row = await findKeptService(db, id);
  if (row.version !== patch.version) throw new AppError("conflict");
  const { version: _, retired, ...fields } = patch;
  refuse(...serviceChangeProblems(row, fields));
  if (retired === false && row.retired_at !== null) {
    const provider = await db
      .selectFrom("service_providers")
      .select("retired_at")
      .where("id", "=", row.provider_id)
      .executeTakeFirstOrThrow();
    if (provider.retired_at) throw invalidField("body.retired", "directory_provider_retired");
  }
  await writeServiceChange(db, row, fields, retired);
  db.audit({
    action: "directory.service_update",
    recordType: "service",
    recordId: id,
    detail: {
      changed: Object.keys(patch)
        .filter((key) => key !== "version")
        .sort(),
    },
  });
  return getService(db, id);
}

/** The keeper checked the entry and it holds: verified now, by the caller. */
export async function verifyService(db: ScopedDb, id: string): Promise<ServiceDetail> {
  const row = await findKeptService(db, id);
  const now = new Date();
  await db
    .updateTable("services")
    .set({ verified_at: now, verified_by: db.actor.userId, version: row.version + 1, updated_at: now })
    .where("id", "=", id)
    .execute();
  db.audit({ action: "directory.service_verify", recordType: "service", recordId: id });
  return getService(db, id);
}
