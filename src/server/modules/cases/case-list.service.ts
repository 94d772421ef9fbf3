import { type SelectQueryBuilder, sql } from "kysely";
import type { z } from "zod";
import type { caseListQuery } from "../../../shared/api/cases.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Schema } from "../../db/schema.js";
import { decodeCursor, pageOf } from "../../http/keyset.js";
import type { Services } from "../../services.js";
import { shownPeople } from "../people/people.service.js";
import { caseScope } from "./case-access.js";
import { toCaseSummary, userNames } from "./case-read.service.js";

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
  if (filters.status) q = q.where("status", "=", filters.status);
  if (filters.stage) q = q.where("stage", "=", filters.stage);
  if (filters.ownerUserId) q = q.where("owner_user_id", "=", filters.ownerUserId);
  if (filters.mine) q = q.where("owner_user_id", "=", db.actor.userId);
  if (filters.exploitationType)
    q = q.where(sql<boolean>`exploitation_types @> ARRAY[${filters.exploitationType}]::text[]`);
  if (filters.vulnerability) q = q.where(sql<boolean>`vulnerability_flags @> ARRAY[${filters.vulnerability}]::text[]`);
  if (filters.citizenship) q = q.where(sql<boolean>`citizenships @> ARRAY[${filters.citizenship}]::text[]`);
  if (filters.openedFrom) q = q.where("opened_on", ">=", filters.openedFrom);
  if (filters.openedTo) q = q.where("opened_on", "<=", filters.openedTo);
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
      return (after ? query.where(sql<boolean>`(opened_on, id) < (${after[0]}::date, ${after[1]}::uuid)`) : query)
        .orderBy("opened_on", "desc")
        .orderBy("id", "desc");
    case "case_number":
      return (after ? query.where(sql<boolean>`(case_number, id) > (${after[0]}, ${after[1]}::uuid)`) : query)
        .orderBy("case_number", "asc")
        .orderBy("id", "asc");
    default:
      return (
        after ? query.where(sql<boolean>`(updated_at, id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`) : query
      )
        .orderBy("updated_at", "desc")
        .orderBy("id", "desc");
  }
}

function cursorOf(sort: CaseListQuery["sort"]) {
  return (row: { opened_on: string; case_number: string; updated_at: Date; id: string }) => {
    if (sort === "opened") return [row.opened_on, row.id];
    if (sort === "case_number") return [row.case_number, row.id];
    return [row.updated_at.toISOString(), row.id];
  };
}

/** One page of the cases the actor reaches, with names opened for the page only. Audited with every row shown. */
export async function listCases(db: ScopedDb, services: Services, filters: CaseListQuery) {
  const base = caseListFilters(db, db.selectFrom("cases") as CaseQuery, filters);
  const rows = await applySort(base, filters.sort, filters.cursor)
    .selectAll()
    .limit(filters.limit + 1)
    .execute();
  const page = pageOf(rows, filters.limit, cursorOf(filters.sort));
  const personIds = page.items.flatMap((row) => (row.primary_person_id ? [row.primary_person_id] : []));
  const people = await shownPeople(db, services, personIds);
  const owners = await userNames(
    db,
    page.items.map((row) => row.owner_user_id),
  );
  db.audit({ action: "case.list", recordType: "case", recordIds: [...page.items.map((r) => r.id), ...personIds] });
  return {
    items: page.items.map((row) =>
      toCaseSummary(
        row,
        people.get(row.primary_person_id ?? "")?.name || null,
        owners.get(row.owner_user_id ?? "") ?? null,
      ),
    ),
    nextCursor: page.nextCursor,
  };
}
