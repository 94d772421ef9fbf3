import { addDays, todayIso } from "../../../shared/dates.js";
import {
  type CaseStage,
  type CaseStatus,
  htcdsStatusForStage,
  type ReferralReason,
} from "../../../shared/htcds/index.js";
import type { ParsedRow } from "./import-rows.js";

/** A case to create: its rows (the primary victim first) and the case fields they agree on. */
export interface ImportCase {
  rows: ParsedRow[];
  stage: CaseStage;
  status: CaseStatus;
  closedReferred: boolean;
  openedOn: string;
  identifiedOn: string | null;
  closedOn: string | null;
  closureReason: string | null;
  referral: {
    organisationName: string | null;
    date: string | null;
    reason: ReferralReason | null;
    details: string | null;
  };
}

/** The stage a case of an HTCDS status starts in when the file gives no Safepath stage. */
const STAGE_OF_STATUS: Record<CaseStatus, CaseStage> = {
  Active: "open",
  FollowUp: "follow_up",
  Closed: "closed",
  ClosedReferred: "closed",
};

/**
 * Rows sharing a case number (sp_CaseNumber) are one case; a row without one is a case of its own. The
 * HTCDS template has no case identifier column, so a template filled by hand gives one case per row.
 */
export function groupRows(rows: ParsedRow[]): ParsedRow[][] {
  const groups = new Map<string, ParsedRow[]>();
  for (const row of rows) {
    const key = row.caseRef === null ? `row:${row.row}` : `case:${row.caseRef}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()];
}

/** Case fields must agree across the rows of a case; the first row that gives one sets it. */
function agreedValues(rows: ParsedRow[]): Map<string, unknown> {
  const agreed = new Map<string, unknown>();
  for (const row of rows) {
    for (const [name, value] of row.caseValues) {
      if (!agreed.has(name)) agreed.set(name, value);
      else if (JSON.stringify(agreed.get(name)) !== JSON.stringify(value)) row.log.problem(name, "differs_in_case");
    }
  }
  return agreed;
}

/** The case of a group of rows, with the checks intake makes of a case's dates. */
export function buildCase(group: ParsedRow[]): ImportCase | undefined {
  const values = agreedValues(group);
  const first = group[0] as ParsedRow;
  const victims = group.filter((row) => row.role === "victim");
  const primary = victims[0];
  if (!primary) first.log.problem("sp_Role", "no_victim");
  const given = <T>(name: string) => (values.get(name) as T | undefined) ?? null;
  const statusGiven = given<CaseStatus>("cas_Status");
  const stage = given<CaseStage>("sp_Stage") ?? (statusGiven ? STAGE_OF_STATUS[statusGiven] : "open");
  const closedReferred = statusGiven === "ClosedReferred";
  const status = htcdsStatusForStage(stage, closedReferred);
  const statusRow = group.find((row) => row.caseValues.has("cas_Status")) ?? first;
  if (statusGiven && statusGiven !== status) statusRow.log.problem("cas_Status", "status_stage_mismatch");

  const openedOn = given<string>("sp_OpenedOn") ?? todayIso();
  const identifiedOn = given<string>("sp_IdentifiedOn");
  const closedOn = stage === "closed" ? (given<string>("sp_ClosedOn") ?? todayIso()) : null;
  const rowOf = (name: string) => group.find((row) => row.caseValues.has(name)) ?? first;
  if (closedOn && closedOn < openedOn) rowOf("sp_ClosedOn").log.problem("sp_ClosedOn", "before_opened");
  if (given<string>("sp_ClosedOn") && stage !== "closed") rowOf("sp_ClosedOn").log.problem("sp_ClosedOn", "not_closed");
  if (openedOn > addDays(todayIso(), 1)) rowOf("sp_OpenedOn").log.problem("sp_OpenedOn", "in_future");
  // As at intake: nobody is identified, or has a case opened, before they were born.
  for (const victim of victims) {
    const birthDate = victim.person.identity.birthDate;
    if (!birthDate) continue;
    if (identifiedOn && identifiedOn < birthDate) victim.log.problem("sp_IdentifiedOn", "before_birth");
    if (openedOn < birthDate) victim.log.problem("sp_OpenedOn", "before_birth");
  }
  if (!primary) return undefined;
  return {
    rows: [primary, ...group.filter((row) => row !== primary)],
    stage,
    status,
    closedReferred,
    openedOn,
    identifiedOn,
    closedOn,
    closureReason: given<string>("cas_ReasonForCaseClosure"),
    referral: {
      organisationName: given<string>("cas_ReferringOrganisation"),
      date: given<string>("cas_IncomingReferralDate"),
      reason: given<ReferralReason>("cas_ReasonForIncomingReferral"),
      details: given<string>("cas_IncomingReferralDetails"),
    },
  };
}

/** The cases of checked rows: those whose every row is without a problem, and the rows of the others. */
export function casesOf(parsed: ParsedRow[]): { cases: ImportCase[]; skippedRows: number[] } {
  const cases: ImportCase[] = [];
  const skippedRows: number[] = [];
  for (const group of groupRows(parsed)) {
    const built = buildCase(group);
    if (built && group.every((row) => row.log.issues.length === 0)) cases.push(built);
    else skippedRows.push(...group.map((row) => row.row));
  }
  return { cases, skippedRows };
}
