import { type Selectable, sql } from "kysely";
import type { z } from "zod";
import type { Screening, ScreeningDetail, screeningListQuery } from "../../../shared/api/screening.js";
import type { RiskLevel } from "../../../shared/screening/scoring/index.js";
import { invalidField, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { type RecordKey, RecordKeys } from "../../crypto/record-keys.js";
import type { ScreeningsTable } from "../../db/schema-screening.js";
import { decodeCursor, pageOf } from "../../http/keyset.js";
import type { Services } from "../../services.js";
import { invalidCursor, isUuid } from "../case-records/newest-first.js";
import { userNames } from "../cases/case-read.service.js";
import { findScreening, screeningScope } from "./screening-access.js";
import { addToCounts, countDay } from "./screening-counts.js";

type ScreeningRow = Selectable<ScreeningsTable>;

/** Sealed with the answers: the normalised values and the scoring with the answers behind each flag. */
interface SealedAnswers {
  values: Record<string, unknown>;
  result: ScreeningDetail["result"];
}

// Microseconds, as PostgreSQL keeps them: a Date would drop them and skip rows in the same millisecond.
const screenedAtKey = sql<string>`to_char(screenings.screened_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function toScreening(
  row: ScreeningRow & { form_key: string; case_number: string | null },
  names: Map<string, string>,
): Screening {
  const level = row.risk_level as RiskLevel | null;
  const override = row.override_level as RiskLevel | null;
  return {
    id: row.id,
    formId: row.form_id,
    formKey: row.form_key,
    formVersion: row.form_version,
    screenedAt: row.screened_at.toISOString(),
    country: row.country,
    place: row.place,
    siteType: row.site_type,
    interviewLanguage: row.interview_language,
    screenerUserId: row.screener_user_id,
    screenerName: names.get(row.screener_user_id ?? "") ?? null,
    personId: row.person_id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    riskLevel: level,
    finalLevel: override ?? level,
    override: null,
    flags: row.flags,
    needs: row.needs,
    services: row.services,
    consentRecord: row.consent_record,
    consentRefer: row.consent_refer,
    source: row.source,
    createdAt: row.created_at.toISOString(),
  };
}

function withForm(db: ScopedDb) {
  return db
    .selectFrom("screenings")
    .innerJoin("forms", (join) =>
      join
        .onRef("forms.id", "=", "screenings.form_id")
        .onRef("forms.organisation_id", "=", "screenings.organisation_id"),
    )
    .leftJoin("cases", (join) =>
      join
        .onRef("cases.id", "=", "screenings.case_id")
        .onRef("cases.organisation_id", "=", "screenings.organisation_id"),
    )
    .selectAll("screenings")
    .select(["forms.form_key", "cases.case_number"]);
}

/** One screening with its answers and the explanation of its result. Reading it is audited. */
export async function readScreening(
  db: ScopedDb,
  services: Services,
  screeningId: string,
  knownKey?: RecordKey,
): Promise<ScreeningDetail> {
  const row = await withForm(db).where("screenings.id", "=", screeningId).where(screeningScope(db)).executeTakeFirst();
  if (!row) throw notFound();
  const key = knownKey ?? (await new RecordKeys(services.keyring).loadOne(db, screeningId));
  const sealed = key ? key.openJson<SealedAnswers>("screenings.answers", row.answers) : null;
  const names = await userNames(db, [row.screener_user_id, row.overridden_by]);
  const urgent = await db
    .selectFrom("tasks")
    .select("id")
    .where("screening_id", "=", screeningId)
    .where("priority", "=", "urgent")
    .executeTakeFirst();
  db.audit({ action: "screening.read", recordType: "screening", recordId: screeningId });
  const base = toScreening(row, names);
  return {
    ...base,
    override:
      row.override_level && row.overridden_at
        ? {
            level: row.override_level as RiskLevel,
            reason: key && row.override_reason ? key.open("screenings.override_reason", row.override_reason) : null,
            by: row.overridden_by,
            at: row.overridden_at.toISOString(),
          }
        : null,
    answers: sealed?.values ?? null,
    result: sealed?.result ?? null,
    urgentTaskId: urgent?.id ?? null,
  };
}

/** Screenings the actor reaches, newest first; answers are never in a list. The ids shown are audited. */
export async function listScreenings(db: ScopedDb, query: z.infer<typeof screeningListQuery>) {
  let q = withForm(db).select(screenedAtKey.as("at_key")).where(screeningScope(db));
  if (query.level) {
    q = q.where(sql<boolean>`coalesce(screenings.override_level, screenings.risk_level) = ${query.level}`);
  }
  if (query.formId) q = q.where("screenings.form_id", "=", query.formId);
  if (query.siteType) q = q.where("screenings.site_type", "=", query.siteType);
  if (query.from) q = q.where("screenings.screened_at", ">=", new Date(`${query.from}T00:00:00Z`));
  if (query.to) q = q.where(sql<boolean>`screenings.screened_at < ${query.to}::date + 1`);
  const after = decodeCursor(query.cursor, 2);
  if (after) {
    const [at, id] = after;
    if (typeof at !== "string" || Number.isNaN(Date.parse(at)) || !isUuid(id)) invalidCursor();
    q = q.where(sql<boolean>`(screenings.screened_at, screenings.id) < (${at}::timestamptz, ${id}::uuid)`);
  }
  const rows = await q
    .orderBy("screenings.screened_at", "desc")
    .orderBy("screenings.id", "desc")
    .limit(query.limit + 1)
    .execute();
  const page = pageOf(rows, query.limit, (row) => [row.at_key, row.id]);
  const names = await userNames(
    db,
    page.items.map((row) => row.screener_user_id),
  );
  db.audit({ action: "screening.list", recordType: "screening", recordIds: page.items.map((row) => row.id) });
  return { items: page.items.map((row) => toScreening(row, names)), nextCursor: page.nextCursor };
}

/** The screener's judgement over the computed level, with a reason (sealed); the computed level stays. */
export async function overrideScreening(
  db: ScopedDb,
  services: Services,
  screeningId: string,
  input: { level: RiskLevel; reason: string },
): Promise<ScreeningDetail> {
  const row = await findScreening(db, screeningId, { forUpdate: true });
  const key = await new RecordKeys(services.keyring).loadOne(db, screeningId);
  if (!key) throw invalidField("path.id", "erased");
  const before = row.override_level ?? row.risk_level ?? "not_scored";
  if (before !== input.level) {
    const day = countDay(row.screened_at);
    await addToCounts(db, day, row.form_id, [["level", before]], -1);
    await addToCounts(db, day, row.form_id, [["level", input.level]], 1);
  }
  await db
    .updateTable("screenings")
    .set({
      override_level: input.level,
      override_reason: key.seal("screenings.override_reason", input.reason),
      overridden_by: db.actor.userId,
      overridden_at: new Date(),
    })
    .where("id", "=", screeningId)
    .execute();
  db.audit({
    action: "screening.override",
    recordType: "screening",
    recordId: screeningId,
    detail: { from: row.override_level ?? row.risk_level, to: input.level },
  });
  return readScreening(db, services, screeningId, key);
}
