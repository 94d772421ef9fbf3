import { type SelectQueryBuilder, sql } from "kysely";
import type { z } from "zod";
import type { caseListQuery } from "../../../shared/api/cases.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Schema } from "../../db/schema.js";
import { decodeCursor, pageOf } from "../../http/keyset.js";
import type { Services } from "../../services.js";
import { openShownPeople } from "../people/people.service.js";
import { caseScope } from "./case-access.js";
import { toCaseSummary } from "./case-read.service.js";

type CaseListQuery = z.infer<typeof caseListQuery>;
export type CaseQuery = SelectQueryBuilder<Schema, "cases", object>;
/** The case list's filters; the HTCDS export takes the same ones. */
export type CaseFilters = Partial<
  Pick<
    CaseListQuery,
    | "status"
    | "stage"
    | "ownerUserId"
    | "mine"
    | "exploitationType"
    | "vulnerability"
    | "citizenship"
    | "openedFrom"
    | "openedTo"
  >
>;

/** The cases the actor reaches that match the filters. */
export function caseListFilters(db: ScopedDb, query: CaseQuery, filters: CaseFilters): CaseQuery {
  let q = query.where(caseScope(db));
  if (filters.status) q = q.where("cases.status", "=", filters.status);
  if (filters.stage) q = q.where("cases.stage", "=", filters.stage);
  if (filters.ownerUserId) q = q.where("cases.owner_user_id", "=", filters.ownerUserId);
  if (filters.mine) q = q.where("cases.owner_user_id", "=", db.actor.userId);
  if (filters.exploitationType)
    q = q.where(sql<boolean>`cases.exploitation_types @> ARRAY[${filters.exploitationType}]::text[]`);
  if (filters.vulnerability)
    q = q.where(sql<boolean>`cases.vulnerability_flags @> ARRAY[${filters.vulnerability}]::text[]`);
  if (filters.citizenship) q = q.where(sql<boolean>`cases.citizenships @> ARRAY[${filters.citizenship}]::text[]`);
  if (filters.openedFrom) q = q.where("cases.opened_on", ">=", filters.openedFrom);
  if (filters.openedTo) q = q.where("cases.opened_on", "<=", filters.openedTo);
  return q;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURSOR_VALUE: Record<CaseListQuery["sort"], (value: unknown) => boolean> = {
  opened: (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v),
  updated: (v) => typeof v === "string" && !Number.isNaN(Date.parse(v)),
  case_number: (v) => typeof v === "string",
};

/** A cursor is opaque to clients but not trusted: its values must fit the sort before they reach SQL. */
function decodeCaseCursor(cursor: string | undefined, sort: CaseListQuery["sort"]) {
  const after = decodeCursor(cursor, 2);
  if (after && !(CURSOR_VALUE[sort](after[0]) && typeof after[1] === "string" && UUID.test(after[1])))
    throw invalidField("query.cursor", "invalid");
  return after;
}

/** Orders by the sort column then id, and continues after the cursor's row: a keyset page. */
function applySort(query: CaseQuery, sort: CaseListQuery["sort"], cursor: string | undefined): CaseQuery {
  const after = decodeCaseCursor(cursor, sort);
  switch (sort) {
    case "opened":
      return (
        after ? query.where(sql<boolean>`(cases.opened_on, cases.id) < (${after[0]}::date, ${after[1]}::uuid)`) : query
      )
        .orderBy("cases.opened_on", "desc")
        .orderBy("cases.id", "desc");
    case "case_number":
      return (
        after ? query.where(sql<boolean>`(cases.case_number, cases.id) > (${after[0]}, ${after[1]}::uuid)`) : query
      )
        .orderBy("cases.case_number", "asc")
        .orderBy("cases.id", "asc");
    default:
      return (
        after
          ? query.where(sql<boolean>`(cases.updated_at, cases.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`)
          : query
      )
        .orderBy("cases.updated_at", "desc")
        .orderBy("cases.id", "desc");
  }
}

function cursorOf(sort: CaseListQuery["sort"]) {
  return (row: { opened_on: string; case_number: string; updated_at: Date; id: string }) => {
    if (sort === "opened") return [row.opened_on, row.id];
    if (sort === "case_number") return [row.case_number, row.id];
    return [row.updated_at.toISOString(), row.id];
  };
}

/**
 * One page of the cases the actor reaches, with names opened for the page only. Audited with every row
 * shown. The page, its primary people with their record keys and its owners' names are one statement:
 * a list is read often, and on the embedded database each statement costs about a millisecond.
 */
export async function listCases(db: ScopedDb, services: Services, filters: CaseListQuery) {
  // Planned for the values asked, every time: the best plan turns on them (a caseworker who owns a few
  // cases, a rare citizenship), and a plan kept for any values walked thousands of cases for such a list.
  await sql`SELECT set_config('plan_cache_mode', 'force_custom_plan', true)`.execute(db.tx);
  const base = caseListFilters(db, db.selectFrom("cases") as CaseQuery, filters);
  const rows = await applySort(base, filters.sort, filters.cursor)
    .leftJoin("people", (join) =>
      join
        .onRef("people.organisation_id", "=", "cases.organisation_id")
        .onRef("people.id", "=", "cases.primary_person_id"),
    )
    .leftJoin("record_keys", (join) =>
      join
        .onRef("record_keys.organisation_id", "=", "people.organisation_id")
        .onRef("record_keys.subject_id", "=", "people.id"),
    )
    .leftJoin("users", (join) => join.onRef("users.id", "=", "cases.owner_user_id").on(db.tenantFilter("users")))
    .selectAll("cases")
    .select([
      "people.identity",
      "people.birth_year",
      "people.erased_at",
      "record_keys.wrapped_key",
      "users.display_name as owner_name",
    ])
    .limit(filters.limit + 1)
    .execute();
  const page = pageOf(rows, filters.limit, cursorOf(filters.sort));
  const people = await openShownPeople(
    db,
    services,
    page.items.flatMap((row) => (row.primary_person_id ? [{ ...row, id: row.primary_person_id }] : [])),
  );
  const personIds = [...people.keys()];
  db.audit({ action: "case.list", recordType: "case", recordIds: [...page.items.map((r) => r.id), ...personIds] });
  return {
    items: page.items.map((row) =>
      toCaseSummary(row, people.get(row.primary_person_id ?? "")?.name || null, row.owner_name ?? null),
    ),
    nextCursor: page.nextCursor,
  };
}
