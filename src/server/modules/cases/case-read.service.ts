import type { Selectable } from "kysely";
import type { z } from "zod";
import type { caseDetail, caseSummary } from "../../../shared/api/cases.js";
import type { CaseStage } from "../../../shared/htcds/index.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import type { CasesTable } from "../../db/schema-cases.js";
import type { Services } from "../../services.js";
import { consentStates } from "../people/consents.service.js";
import { toApiPerson } from "../people/people.service.js";
import { findCase } from "./case-access.js";
import { openContext, toPerpetratorContext, toVictimContext } from "./victim-context.js";
import { allowedWorkflow } from "./workflow-rules.js";

type CaseRow = Selectable<CasesTable>;
type CaseDetail = z.infer<typeof caseDetail>;
type CaseSummary = z.infer<typeof caseSummary>;

interface SealedCase {
  incomingReferralDetails?: string | null;
  closureReason?: string | null;
}

export function openCaseSealed(key: { openJson<T>(f: string, s: string): T } | undefined, row: CaseRow): SealedCase {
  return key && row.sealed ? key.openJson<SealedCase>("cases.sealed", row.sealed) : {};
}

export function toCaseSummary(row: CaseRow, personName: string | null, ownerName: string | null): CaseSummary {
  return {
    id: row.id,
    caseNumber: row.case_number,
    stage: row.stage as CaseSummary["stage"],
    status: row.status as CaseSummary["status"],
    personId: row.primary_person_id,
    personName,
    ownerUserId: row.owner_user_id,
    ownerName,
    teamId: row.team_id,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    exploitationTypes: row.exploitation_types,
    vulnerabilityFlags: row.vulnerability_flags,
    citizenships: row.citizenships,
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

export async function userNames(db: ScopedDb, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom("users").select(["id", "display_name"]).where("id", "in", wanted).execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}

/** The whole case as its page shows it. Reading it is audited with every person it shows. */
export async function getCase(db: ScopedDb, services: Services, caseId: string): Promise<CaseDetail> {
  const row = await findCase(db, caseId);
  const links = await db
    .selectFrom("case_people")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("created_at")
    .execute();
  const personIds = links.map((link) => link.person_id);
  const people = personIds.length
    ? await db.selectFrom("people").selectAll().where("id", "in", personIds).execute()
    : [];
  const keys = await new RecordKeys(services.keyring).load(db, [caseId, ...personIds]);
  const caseKey = keys.get(caseId);
  const consents = await consentStates(db, personIds, keys);
  const owners = await userNames(db, [row.owner_user_id]);
  const sealed = openCaseSealed(caseKey, row);
  const byId = new Map(people.map((p) => [p.id, p]));
  const casePeople = links.flatMap((link) => {
    const personRow = byId.get(link.person_id);
    if (!personRow) return [];
    const person = toApiPerson(personRow, keys.get(link.person_id));
    const context = openContext(caseKey, link);
    return [
      {
        role: link.role as CaseDetail["people"][number]["role"],
        relationship: link.relationship,
        person,
        victim: link.role === "victim" ? toVictimContext(link, context) : null,
        perpetrator: link.role === "perpetrator" ? toPerpetratorContext(link, context) : null,
        consents: consents.get(link.person_id) ?? null,
      },
    ];
  });
  const primary = casePeople.find((p) => p.person.id === row.primary_person_id);
  db.audit({ action: "case.read", recordType: "case", recordId: caseId, recordIds: personIds });
  return {
    ...toCaseSummary(row, primary?.person.displayName || null, owners.get(row.owner_user_id ?? "") ?? null),
    organisationId: row.organisation_id,
    identifiedOn: row.identified_on,
    closureReason: sealed.closureReason ?? null,
    closureReferred: row.closure_referred,
    incomingReferral: {
      organisationId: row.referring_organisation_id,
      organisationName: row.referring_organisation_name,
      date: row.incoming_referral_date,
      reason: row.incoming_referral_reason as CaseDetail["incomingReferral"]["reason"],
      details: sealed.incomingReferralDetails ?? null,
    },
    people: casePeople,
    identifyingErased: row.identifying_erased_at !== null,
    workflow: allowedWorkflow(
      row.stage as CaseStage,
      db.actor.permissions.has("case.approve"),
      db.actor.permissions.has("case.write"),
    ),
    createdAt: row.created_at.toISOString(),
  };
}
