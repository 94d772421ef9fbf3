import { sql } from "kysely";
import type { OfficeDetail, OfficeInput, OfficePatch } from "../../../shared/api/offices.js";
import { isDeploymentAdmin } from "../../access/actor.js";
import { AppError, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { officeOfAnotherOrganisation } from "./office-across-organisations.js";
import { findOffice, type OfficeRow, officeValues, teamsOfOffices, toOfficeDetail } from "./office-rows.js";

/*
 * An organisation's offices: the units it reports by. One of them is the main office, which the records of
 * teams without an office count for; the mark moves only by making another office the main one, so that
 * an organisation with offices always has exactly one.
 */

const conflict = (field: string, problem: string) => new AppError("conflict", [{ field, problem }]);

/** The offices by their order in reports, then by name; retired ones only when asked for. */
export async function listOffices(
  db: ScopedDb,
  query: { includeRetired?: "true" | "false" | undefined },
): Promise<{ items: OfficeDetail[] }> {
  let q = db.selectFrom("offices").selectAll();
  if (query.includeRetired !== "true") q = q.where("retired_at", "is", null);
  const rows = await q.orderBy("sort_order").orderBy(sql`lower(name)`).orderBy("id").execute();
  const teams = await teamsOfOffices(
    db,
    db.organisationId,
    rows.map((row) => row.id),
  );
  return { items: rows.map((row) => toOfficeDetail(row, teams.get(row.id) ?? [])) };
}

async function detailOf(db: ScopedDb, row: OfficeRow): Promise<OfficeDetail> {
  const teams = await teamsOfOffices(db, row.organisation_id, [row.id]);
  return toOfficeDetail(row, teams.get(row.id) ?? []);
}

/** One office with its teams. A deployment administrator reads any organisation's, as it reads organisations. */
export async function getOffice(db: ScopedDb, id: string): Promise<OfficeDetail> {
  const row = await db.selectFrom("offices").selectAll().where("id", "=", id).executeTakeFirst();
  if (row) return detailOf(db, row);
  if (isDeploymentAdmin(db.actor)) {
    const elsewhere = await officeOfAnotherOrganisation(db, id, detailOf);
    if (elsewhere) return elsewhere;
  }
  throw notFound();
}

/** One name per office of an organisation, whatever its case: reports and lists name offices by it. */
async function checkNameFree(db: ScopedDb, name: string, exceptId?: string): Promise<void> {
  let q = db.selectFrom("offices").select("id").where(sql`lower(name)`, "=", name.toLowerCase());
  if (exceptId) q = q.where("id", "<>", exceptId);
  if (await q.executeTakeFirst()) throw conflict("body.name", "taken");
}

/** The organisation's main office, locked: whoever moves the mark next waits for this change. */
async function currentMain(db: ScopedDb): Promise<OfficeRow | undefined> {
  return db.selectFrom("offices").selectAll().where("is_main", "=", true).forUpdate().executeTakeFirst();
}

/** Takes the mark off an office before another takes it (one main office per organisation, by index). */
async function unmark(db: ScopedDb, office: OfficeRow, now: Date): Promise<void> {
  await db
    .updateTable("offices")
    .set({ is_main: false, version: office.version + 1, updated_at: now })
    .where("id", "=", office.id)
    .execute();
}

/**
 * A new office. It becomes the main office when asked to, and whenever the organisation has no active main
 * office yet (its first office, say): records of teams without an office must count somewhere.
 */
export async function createOffice(db: ScopedDb, input: OfficeInput): Promise<OfficeDetail> {
  await checkNameFree(db, input.name);
  const now = new Date();
  const main = await currentMain(db);
  const becomesMain = input.isMain === true || !main || main.retired_at !== null;
  if (becomesMain && main) await unmark(db, main, now);
  const id = crypto.randomUUID();
  await db
    .insertInto("offices", [
      { ...officeValues(input), organisation_id: db.organisationId, id, is_main: becomesMain, updated_at: now },
    ])
    .execute();
  db.audit({ action: "office.create", recordType: "office", recordId: id, detail: { isMain: becomesMain } });
  return getOffice(db, id);
}

/**
 * A change at the version read (else 409). isMain: true moves the mark here from the office that has it;
 * the main office keeps the mark until then (409 main_office), and is not retired while other offices
 * are active (records of teams without an office would count for a retired office).
 */
export async function updateOffice(db: ScopedDb, id: string, patch: OfficePatch): Promise<OfficeDetail> {
  const row = await findOffice(db, id, { forUpdate: true });
  if (row.version !== patch.version) throw new AppError("conflict");
  const { version: _, retired, isMain, ...fields } = patch;
  if (fields.name !== undefined) await checkNameFree(db, fields.name, id);
  const retiredAfter = retired ?? row.retired_at !== null;
  if (isMain === false && row.is_main) throw conflict("body.isMain", "main_office");
  const now = new Date();
  const takesMark = isMain === true && !row.is_main;
  if (takesMark && retiredAfter) throw conflict("body.isMain", "office_retired");
  if (retired === true && row.retired_at === null && row.is_main && (await hasOtherActiveOffices(db, id))) {
    throw conflict("body.retired", "main_office");
  }
  if (takesMark) {
    const main = await currentMain(db);
    if (main) await unmark(db, main, now);
  }
  await db
    .updateTable("offices")
    .set({
      ...officeValues(fields),
      ...(retired === undefined ? {} : { retired_at: retired ? (row.retired_at ?? now) : null }),
      ...(takesMark ? { is_main: true } : {}),
      version: row.version + 1,
      updated_at: now,
    })
    .where("id", "=", id)
    .execute();
  db.audit({
    action: "office.update",
    recordType: "office",
    recordId: id,
    detail: {
      changed: Object.keys(patch)
        .filter((key) => key !== "version")
        .sort(),
    },
  });
  return getOffice(db, id);
}

async function hasOtherActiveOffices(db: ScopedDb, id: string): Promise<boolean> {
  const other = await db
    .selectFrom("offices")
    .select("id")
    .where("id", "<>", id)
    .where("retired_at", "is", null)
    .executeTakeFirst();
  return other !== undefined;
}
