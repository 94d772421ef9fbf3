import type { Selectable } from "kysely";
import { sql } from "kysely";
import type { z } from "zod";
import type { organisationInput, organisationPatch } from "../../../shared/api/admin.js";
import type { OrganisationType } from "../../../shared/vocab/organisation-types.js";
import { isDeploymentAdmin } from "../../access/actor.js";
import { AppError, forbidden, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Keyring } from "../../crypto/keyring.js";
import type { OrganisationsTable } from "../../db/schema.js";
import { decodeCursor, pageOf } from "../../http/keyset.js";
import { checkTimeZone, recountForTimeZone, timeZoneMoves } from "./time-zone.js";

type OrganisationInput = z.infer<typeof organisationInput>;
type OrganisationPatch = z.infer<typeof organisationPatch>;

export function toApiOrganisation(row: Selectable<OrganisationsTable>) {
  return {
    id: row.id,
    name: row.name,
    type: row.org_type as OrganisationType,
    country: row.country,
    street: row.street,
    city: row.city,
    region: row.region,
    postalCode: row.postal_code,
    latitude: row.latitude,
    longitude: row.longitude,
    phone: row.phone,
    mfaRequired: row.mfa_required,
    retentionYears: row.retention_years,
    timeZone: row.time_zone,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at.toISOString(),
  };
}

function columns(input: Partial<OrganisationInput>) {
  const map: Partial<Record<keyof OrganisationsTable, unknown>> = {
    name: input.name,
    org_type: input.type,
    country: input.country,
    street: input.street,
    city: input.city,
    region: input.region,
    postal_code: input.postalCode,
    latitude: input.latitude,
    longitude: input.longitude,
    phone: input.phone,
    mfa_required: input.mfaRequired,
    retention_years: input.retentionYears,
    time_zone: input.timeZone,
  };
  return Object.fromEntries(Object.entries(map).filter(([, value]) => value !== undefined));
}

export async function listOrganisations(db: ScopedDb, query: { limit: number; cursor?: string | undefined }) {
  const after = decodeCursor(query.cursor, 2);
  let q = db
    .selectFrom("organisations")
    .selectAll()
    .orderBy(sql`lower(name)`)
    .orderBy("id")
    .limit(query.limit + 1);
  if (after) q = q.where(sql<boolean>`(lower(name), id) > (${after[0]}, ${after[1]}::uuid)`);
  const page = pageOf(await q.execute(), query.limit, (row) => [row.name.toLowerCase(), row.id]);
  return { items: page.items.map(toApiOrganisation), nextCursor: page.nextCursor };
}

export async function getOrganisation(db: ScopedDb, id: string) {
  const row = await db.selectFrom("organisations").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return toApiOrganisation(row);
}

/** A new organisation gets its own data and blind-index keys in the same transaction. */
export async function createOrganisation(db: ScopedDb, keyring: Keyring, input: OrganisationInput) {
  await assertNameFree(db, input.name);
  if (input.timeZone !== undefined) await checkTimeZone(db, input.timeZone);
  const row = (await db
    .insertInto("organisations", [columns(input)])
    .returningAll()
    .executeTakeFirstOrThrow()) as Selectable<OrganisationsTable>;
  await keyring.createOrganisationKeys(db.tx, row.id);
  db.audit({ action: "organisation.create", recordType: "organisation", recordId: row.id, organisationId: row.id });
  return toApiOrganisation(row);
}

export async function updateOrganisation(db: ScopedDb, id: string, patch: OrganisationPatch) {
  // Only the deployment administrator switches a whole organisation off or on.
  if (patch.disabled !== undefined && !isDeploymentAdmin(db.actor)) throw forbidden();
  if (patch.name) await assertNameFree(db, patch.name, id);
  const zoneMoves = await timeZoneMoves(db, id, patch.timeZone);
  const row = await db
    .updateTable("organisations")
    .set({
      ...columns(patch),
      ...(patch.disabled === undefined ? {} : { disabled_at: patch.disabled ? new Date() : null }),
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFound();
  if (zoneMoves) await recountForTimeZone(db, row.time_zone as string);
  db.audit({
    action: "organisation.update",
    recordType: "organisation",
    recordId: id,
    organisationId: id,
    detail: { fields: Object.keys(patch) },
  });
  return toApiOrganisation(row as Selectable<OrganisationsTable>);
}

async function assertNameFree(db: ScopedDb, name: string, exceptId?: string) {
  // Names are unique across the deployment; the check runs as the table owner would, through RLS,
  // so the unique index is the final word for organisations the actor cannot see.
  const clash = await db.tx
    .selectFrom("organisations")
    .select("id")
    .where(sql`lower(name)`, "=", name.toLowerCase())
    .$if(exceptId !== undefined, (q) => q.where("id", "!=", exceptId ?? ""))
    .executeTakeFirst();
  if (clash) throw new AppError("conflict", [{ field: "body.name", problem: "taken" }]);
}
