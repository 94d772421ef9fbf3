import type { Selectable } from "kysely";
import type { z } from "zod";
import type { perpetratorContext, VictimContext } from "../../../shared/api/cases.js";
import type { consentState } from "../../../shared/api/consents.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { type RecordKey, RecordKeys } from "../../crypto/record-keys.js";
import type {
  AssistanceTable,
  CaseNotesTable,
  CasesTable,
  SupportPlansTable,
  TraffickingEventsTable,
} from "../../db/schema-cases.js";
import type { Services } from "../../services.js";
import { openCaseSealed, userNames } from "../cases/case-read.service.js";
import { openContext, toPerpetratorContext, toVictimContext } from "../cases/victim-context.js";
import { consentStates } from "../people/consents.service.js";
import { type ApiPerson, toApiPerson } from "../people/people.service.js";

type ConsentState = z.infer<typeof consentState>;

/** The case as the exchange columns read it (paths of `htcds-columns.ts`). */
export interface CaseShape {
  caseNumber: string;
  stage: string;
  status: string;
  openedOn: string;
  identifiedOn: string | null;
  closedOn: string | null;
  ownerName: string | null;
  closureReason: string | null;
  incomingReferral: {
    organisationName: string | null;
    date: string | null;
    reason: string | null;
    details: string | null;
  };
  /** HTCDS's outgoing referral fields, kept in step with the case's latest referral sent. */
  outgoingReferral: { organisationName: string | null; date: string | null; reason: string | null };
}

export interface ExportPerson {
  id: string;
  /** "P1", "P2" … within the case: links events and consents to people without database ids. */
  ref: string;
  role: string;
  relationship: string | null;
  /** Identity is null unless identifying fields may leave for this person. */
  person: ApiPerson;
  victim: VictimContext | null;
  perpetrator: z.infer<typeof perpetratorContext> | null;
  consents: ConsentState;
  /** Identifying fields may leave: asked for, consent to referral and sharing in force, not erased. */
  identifying: boolean;
  /** Why identifying fields stay behind although they were asked for. */
  withheld: "consent" | "erased" | null;
}

export interface ExportCase {
  row: Selectable<CasesTable>;
  /** Case-level free text may leave: the case is not erased and its primary person's fields may leave. */
  identifying: boolean;
  shape: CaseShape;
  people: ExportPerson[];
  events: { row: Selectable<TraffickingEventsTable>; sealed: Record<string, unknown> }[];
  plans: { row: Selectable<SupportPlansTable>; sealed: Record<string, unknown> }[];
  notes: { row: Selectable<CaseNotesTable>; text: string | null }[];
  assistance: { row: Selectable<AssistanceTable>; note: string | null }[];
}

const SHARING = "referral_sharing";

function openJson(key: RecordKey | undefined, field: string, stored: string | null): Record<string, unknown> {
  return key && stored ? key.openJson<Record<string, unknown>>(field, stored) : {};
}

/** Everything the export needs of a batch of cases, read with one query per table. */
export async function loadCases(
  db: ScopedDb,
  services: Services,
  caseIds: string[],
  options: { includeIdentifying: boolean; withRecords: boolean },
): Promise<ExportCase[]> {
  if (caseIds.length === 0) return [];
  const rows = await db.selectFrom("cases").selectAll().where("id", "in", caseIds).execute();
  const links = await db
    .selectFrom("case_people")
    .selectAll()
    .where("case_id", "in", caseIds)
    .orderBy("created_at")
    .orderBy("person_id")
    .execute();
  const personIds = [...new Set(links.map((link) => link.person_id))];
  const people = personIds.length
    ? await db.selectFrom("people").selectAll().where("id", "in", personIds).execute()
    : [];
  const personRows = new Map(people.map((row) => [row.id, row]));
  // Decisions first, without opening anything: only people who agreed to sharing have anything opened.
  const decisions = await consentStates(db, personIds, new Map());
  const allowed = personIds.filter((pid) => {
    const row = personRows.get(pid);
    return (
      options.includeIdentifying && row && !row.erased_at && decisions.get(pid)?.current[SHARING]?.decision === "given"
    );
  });
  const keys = await new RecordKeys(services.keyring).load(db, [...caseIds, ...allowed]);
  const allowedSet = new Set(allowed.filter((pid) => keys.has(pid)));
  const consents = allowedSet.size ? await consentStates(db, [...allowedSet], keys) : new Map();
  const owners = options.includeIdentifying
    ? await userNames(
        db,
        rows.map((row) => row.owner_user_id),
      )
    : new Map();
  const records = options.withRecords ? await loadRecords(db, caseIds) : undefined;
  const outgoing = await latestReferrals(db, caseIds);

  const byCase = new Map(rows.map((row) => [row.id, row]));
  return caseIds.flatMap((caseId) => {
    const row = byCase.get(caseId);
    if (!row) return [];
    const caseKey = row.identifying_erased_at ? undefined : keys.get(caseId);
    const exportPeople = links
      .filter((link) => link.case_id === caseId)
      .flatMap((link, index): ExportPerson[] => {
        const personRow = personRows.get(link.person_id);
        if (!personRow) return [];
        const identifying = allowedSet.has(link.person_id);
        const context = identifying ? openContext(caseKey, link) : {};
        const erased = personRow.erased_at !== null;
        return [
          {
            id: link.person_id,
            ref: `P${index + 1}`,
            role: link.role,
            relationship: identifying ? link.relationship : null,
            person: toApiPerson(personRow, identifying ? keys.get(link.person_id) : undefined),
            victim: link.role === "victim" ? toVictimContext(link, context) : null,
            perpetrator: link.role === "perpetrator" ? toPerpetratorContext(link, context) : null,
            consents: (identifying ? consents.get(link.person_id) : decisions.get(link.person_id)) ?? {
              current: {},
              history: [],
            },
            identifying,
            withheld: !options.includeIdentifying || identifying ? null : erased ? "erased" : "consent",
          },
        ];
      });
    const primary = exportPeople.find((p) => p.id === row.primary_person_id);
    const identifying = Boolean(caseKey && primary?.identifying);
    const sealed = identifying ? openCaseSealed(caseKey, row) : {};
    const shape: CaseShape = {
      caseNumber: row.case_number,
      stage: row.stage,
      status: row.status,
      openedOn: row.opened_on,
      identifiedOn: row.identified_on,
      closedOn: row.closed_on,
      ownerName: owners.get(row.owner_user_id ?? "") ?? null,
      closureReason: sealed.closureReason ?? null,
      incomingReferral: {
        organisationName: row.referring_organisation_name,
        date: row.incoming_referral_date,
        reason: row.incoming_referral_reason,
        details: sealed.incomingReferralDetails ?? null,
      },
      outgoingReferral: outgoing.get(caseId) ?? { organisationName: null, date: null, reason: null },
    };
    const key = identifying ? caseKey : undefined;
    const of = <T extends { case_id: string }>(list: T[] | undefined) =>
      (list ?? []).filter((r) => r.case_id === caseId);
    return [
      {
        row,
        identifying,
        shape,
        people: exportPeople,
        events: of(records?.events).map((r) => ({
          row: r,
          sealed: openJson(key, `trafficking_events.sealed:${r.id}`, r.sealed),
        })),
        plans: of(records?.plans).map((r) => ({
          row: r,
          sealed: openJson(key, `support_plans.sealed:${r.id}`, r.sealed),
        })),
        notes: of(records?.notes).map((r) => ({
          row: r,
          text: key && r.body ? key.open(`case_notes.body:${r.id}`, r.body) : null,
        })),
        assistance: of(records?.assistance).map((r) => ({
          row: r,
          note: (openJson(key, `assistance.sealed:${r.id}`, r.sealed).note as string | undefined) ?? null,
        })),
      },
    ];
  });
}

async function loadRecords(db: ScopedDb, caseIds: string[]) {
  const events = await db
    .selectFrom("trafficking_events")
    .selectAll()
    .where("case_id", "in", caseIds)
    .orderBy("occurred_on", (ob) => ob.asc().nullsLast())
    .orderBy("created_at")
    .execute();
  const plans = await db
    .selectFrom("support_plans")
    .selectAll()
    .where("case_id", "in", caseIds)
    .orderBy("created_at")
    .execute();
  const notes = await db
    .selectFrom("case_notes")
    .selectAll()
    .where("case_id", "in", caseIds)
    .orderBy("created_at")
    .execute();
  const assistance = await db
    .selectFrom("assistance")
    .selectAll()
    .where("case_id", "in", caseIds)
    .orderBy("provided_on", (ob) => ob.asc().nullsLast())
    .orderBy("created_at")
    .execute();
  return { events, plans, notes, assistance };
}

/** The latest referral each case sent (drafts are not referrals yet): HTCDS keeps one outgoing referral. */
async function latestReferrals(db: ScopedDb, caseIds: readonly string[]) {
  const rows = await db
    .selectFrom("referrals")
    .select(["case_id", "to_organisation_name", "sent_at", "reason"])
    .where("organisation_id", "=", db.organisationId)
    .where("case_id", "in", [...caseIds])
    .where("sent_at", "is not", null)
    .orderBy("sent_at", "desc")
    .execute();
  const latest = new Map<string, CaseShape["outgoingReferral"]>();
  for (const row of rows)
    if (row.case_id && !latest.has(row.case_id))
      latest.set(row.case_id, {
        organisationName: row.to_organisation_name,
        date: row.sent_at ? row.sent_at.toISOString().slice(0, 10) : null,
        reason: row.reason,
      });
  return latest;
}
