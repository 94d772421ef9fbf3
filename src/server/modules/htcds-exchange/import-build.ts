import type { SealingKit } from "../../crypto/keyring.js";
import { newRecordKeys, type RecordKey } from "../../crypto/record-keys.js";
import { contextColumns } from "../cases/victim-context.js";
import { consentRow } from "../people/consents.service.js";
import { indexKeys } from "../people/matching/search-keys.js";
import { personFactColumns } from "../people/people.service.js";
import { birthYearOf, identifyingFields, sealIdentity } from "../people/person-identity.js";
import { blindKeysWith } from "../people/search-index.js";
import type { ImportCase } from "./import-cases.js";
import type { SearchKeyRows } from "./import-insert.js";
import type { ParsedRow } from "./import-rows.js";
import { CASE_HISTORY, CASE_PEOPLE, CASES, CONSENTS, PEOPLE, RECORD_KEYS, rowsJson } from "./import-tables.js";

/**
 * The rows an import writes for some cases, built from the cases alone: sealed, hashed, numbered, with no
 * statement to run. So they can be built in a worker thread (import-thread.ts) while the database writes,
 * and handed over as the JSON the statements send: the main thread, which with PGlite also runs the
 * database, then neither copies nor serialises thousands of row objects.
 */

/** Who writes, and how the cases came in: the same for every step of one import. */
export interface BuildContext {
  organisationId: string;
  userId: string | null;
  owner: { ownerUserId: string | null; teamId: string | null };
  /** How the cases came in, for their history: a file import or a batch of intakes. */
  via: "import" | "batch";
}

/** What building needs of a file's row: no report log, which stays with the main thread. */
type BuildRow = Pick<ParsedRow, "role" | "relationship" | "person" | "victim" | "perpetrator" | "consents">;
export type BuildCase = Omit<ImportCase, "rows"> & { rows: BuildRow[] };

export function forBuilding(c: ImportCase): BuildCase {
  return {
    ...c,
    rows: c.rows.map(({ role, relationship, person, victim, perpetrator, consents }) => ({
      role,
      relationship,
      person,
      victim,
      perpetrator,
      consents,
    })),
  };
}

/** What the main thread needs of a case to choose its ids and number: its rows' consents, its opening. */
export interface CaseShape {
  openedOn: string;
  /** Per row, the number of its consents. */
  consents: number[];
}

export const shapeOf = (c: ImportCase): CaseShape => ({
  openedOn: c.openedOn,
  consents: c.rows.map((row) => row.consents.length),
});

/** Some cases of the import with the ids and numbers chosen for them (all made on the main thread, in order). */
export interface BuildPart<Cases = BuildCase[]> {
  /** The cases, or the key under which the thread kept those it checked (import-stream.ts). */
  cases: Cases;
  caseIds: string[];
  numbers: string[];
  /** Per case, the id of each of its rows' person. */
  personIds: string[][];
  /** Per case, per row, the id of each consent of that row. */
  consentIds: string[][][];
  /** Per case, the id of its history entry. */
  historyIds: string[];
  /** When the cases' people are linked: a millisecond apart from here, in the file's order. */
  linkedAt: number;
}

/** A step's rows: per table the JSON of rowsJson (import-tables.ts), blind keys as parallel lists. */
export interface Step {
  recordKeys: Uint8Array;
  people: Uint8Array;
  searchKeys: SearchKeyRows;
  cases: Uint8Array;
  links: Uint8Array;
  consents: Uint8Array;
  history: Uint8Array;
}

type Row = Record<string, unknown>;

/** The rows of some cases, as intake would write them, with the record keys they are sealed under. */
export function buildStep(kit: SealingKit, ctx: BuildContext, part: BuildPart): Step {
  const made = newRecordKeys(kit, [...part.caseIds, ...part.personIds.flat()]);
  const key = (id: string) => made.keys.get(id) as RecordKey;
  const writer = { organisationId: ctx.organisationId, actor: { userId: ctx.userId } };
  const rows = {
    people: [] as Row[],
    cases: [] as Row[],
    links: [] as Row[],
    consents: [] as Row[],
    history: [] as Row[],
  };
  const searchKeys: SearchKeyRows = { kinds: [], keys: [], personIds: [] };
  const blind = blindKeysWith(
    kit.indexKey,
    part.cases.flatMap((c) =>
      c.rows.map((row) => {
        const identity = row.person.identity;
        return indexKeys(identifyingFields(identity, birthYearOf(identity, row.person.birthYear)));
      }),
    ),
  );
  let next = 0;
  for (const [index, c] of part.cases.entries()) {
    const caseId = part.caseIds[index] as string;
    const ids = part.personIds[index] as string[];
    for (const [n, row] of c.rows.entries()) {
      const personId = ids[n] as string;
      const identity = row.person.identity;
      rows.people.push({
        id: personId,
        identity: sealIdentity(key(personId), identity),
        birth_year: birthYearOf(identity, row.person.birthYear),
        created_by: ctx.userId,
        ...personFactColumns(row.person),
        // JSON in the text as it is: personFactColumns writes it as a string, for a parameter of its own.
        disability: row.person.disability,
      });
      for (const { kind, key: value } of blind[next++] ?? []) {
        searchKeys.kinds.push(kind);
        searchKeys.keys.push(value);
        searchKeys.personIds.push(personId);
      }
      rows.links.push({
        case_id: caseId,
        person_id: personId,
        // A millisecond apart, in the file's order: the case lists its people as the file did.
        created_at: new Date(part.linkedAt + rows.links.length),
        role: row.role,
        relationship: row.relationship,
        ...contextColumns(key(caseId), personId, row.victim, row.perpetrator),
        // As for disability above.
        recruitment_places: row.victim?.recruitmentPlaces,
        exploitation_places: row.victim?.exploitationPlaces,
      });
      const consentIds = part.consentIds[index]?.[n] ?? [];
      for (const [k, consent] of row.consents.entries()) {
        const subject = { id: personId, key: key(personId) };
        rows.consents.push(consentRow(writer, consentIds[k] as string, subject, { ...consent, caseId }));
      }
    }
    rows.cases.push(
      caseRow(ctx, c, { id: caseId, number: part.numbers[index] as string, primaryPersonId: ids[0] }, key(caseId)),
    );
    rows.history.push({
      id: part.historyIds[index],
      case_id: caseId,
      actor_user_id: ctx.userId,
      action: "case.opened",
      changes: { stage: { from: null, to: c.stage }, ...(ctx.via === "import" ? { imported: true } : { batch: true }) },
    });
  }
  return {
    recordKeys: rowsJson(RECORD_KEYS, made.rows),
    people: rowsJson(PEOPLE, rows.people),
    searchKeys,
    cases: rowsJson(CASES, rows.cases),
    links: rowsJson(CASE_PEOPLE, rows.links),
    consents: rowsJson(CONSENTS, rows.consents),
    history: rowsJson(CASE_HISTORY, rows.history),
  };
}

function caseRow(
  ctx: BuildContext,
  c: BuildCase,
  made: { id: string; number: string; primaryPersonId: string | undefined },
  key: RecordKey,
) {
  const primary = c.rows[0];
  const victim = primary?.victim ?? {};
  return {
    id: made.id,
    case_number: made.number,
    stage: c.stage,
    status: c.status,
    owner_user_id: ctx.owner.ownerUserId,
    team_id: ctx.owner.teamId,
    primary_person_id: made.primaryPersonId,
    opened_on: c.openedOn,
    identified_on: c.identifiedOn,
    closed_on: c.closedOn,
    closure_referred: c.closedReferred,
    referring_organisation_name: c.referral.organisationName,
    incoming_referral_date: c.referral.date,
    incoming_referral_reason: c.referral.reason,
    sealed: key.sealFields("cases.sealed", {
      incomingReferralDetails: c.referral.details,
      ...(c.closureReason && { closureReason: c.closureReason }),
    }),
    exploitation_types: victim.exploitationTypes ?? [],
    vulnerability_flags: [
      ...new Set([...(primary?.person.vulnerabilityFlags ?? []), ...(victim.victimVulnerabilities ?? [])]),
    ],
    citizenships: primary?.person.citizenships ?? [],
    created_by: ctx.userId,
  };
}
