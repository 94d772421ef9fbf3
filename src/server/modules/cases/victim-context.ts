import type { Selectable } from "kysely";
import type { z } from "zod";
import type { perpetratorContext, VictimContext } from "../../../shared/api/cases.js";
import type { RecordKey } from "../../crypto/record-keys.js";
import type { CasePeopleTable } from "../../db/schema-cases.js";

type PerpetratorContext = z.infer<typeof perpetratorContext>;
type CasePersonRow = Selectable<CasePeopleTable>;

interface SealedContext {
  vulnerabilityDetails?: string | null;
  roleDetails?: string | null;
}

const FIELD = (personId: string) => `case_people.sealed:${personId}`;

/** Columns for a victim's or perpetrator's context; free text is sealed under the case key. */
export function contextColumns(
  caseKey: RecordKey,
  personId: string,
  victim: VictimContext | undefined,
  perpetrator: PerpetratorContext | undefined,
  previous: SealedContext = {},
) {
  const sealed: SealedContext = {
    ...previous,
    ...(victim?.vulnerabilityDetails !== undefined && { vulnerabilityDetails: victim.vulnerabilityDetails }),
    ...(perpetrator?.roleDetails !== undefined && { roleDetails: perpetrator.roleDetails }),
  };
  const v = victim ?? {};
  return {
    ...(v.traffickingStatus !== undefined && { trafficking_status: v.traffickingStatus }),
    ...(v.statusDecidedBy !== undefined && { status_decided_by: v.statusDecidedBy }),
    ...(v.relationshipToTrafficker !== undefined && { relationship_to_trafficker: v.relationshipToTrafficker }),
    ...(v.ageWhenTrafficked !== undefined && { age_when_trafficked: v.ageWhenTrafficked }),
    ...(v.recruitmentMethods && { recruitment_methods: v.recruitmentMethods }),
    ...(v.recruitmentWebsites && { recruitment_websites: v.recruitmentWebsites }),
    ...(v.controlMethods && { control_methods: v.controlMethods }),
    ...(v.exploitationTypes && { exploitation_types: v.exploitationTypes }),
    ...(v.forcedLabourIndustry !== undefined && { forced_labour_industry: v.forcedLabourIndustry }),
    ...(v.sexExploitationTypes && { sex_exploitation_types: v.sexExploitationTypes }),
    ...(v.exploitationWebsites && { exploitation_websites: v.exploitationWebsites }),
    ...(v.victimVulnerabilities && { victim_vulnerabilities: v.victimVulnerabilities }),
    ...(v.recruitmentPlaces && { recruitment_places: JSON.stringify(v.recruitmentPlaces) }),
    ...(v.exploitationPlaces && { exploitation_places: JSON.stringify(v.exploitationPlaces) }),
    ...(perpetrator?.perpetratorRoles && { perpetrator_roles: perpetrator.perpetratorRoles }),
    sealed: caseKey.sealFields(FIELD(personId), sealed),
  };
}

/**
 * The sealed context moved to another person record (a merge or its undo): the person's id is part of
 * what the value is bound to, so it is opened under the old id and sealed again under the new one.
 */
export function resealContext(caseKey: RecordKey | undefined, row: CasePersonRow, toPersonId: string): string | null {
  if (!caseKey || !row.sealed) return row.sealed;
  return caseKey.sealJson(FIELD(toPersonId), openContext(caseKey, row));
}

export function openContext(caseKey: RecordKey | undefined, row: CasePersonRow): SealedContext {
  if (!caseKey || !row.sealed) return {};
  return caseKey.openJson<SealedContext>(FIELD(row.person_id), row.sealed);
}

export function toVictimContext(row: CasePersonRow, sealed: SealedContext): VictimContext {
  return {
    traffickingStatus: row.trafficking_status as VictimContext["traffickingStatus"],
    statusDecidedBy: row.status_decided_by as VictimContext["statusDecidedBy"],
    relationshipToTrafficker: row.relationship_to_trafficker as VictimContext["relationshipToTrafficker"],
    ageWhenTrafficked: row.age_when_trafficked,
    recruitmentMethods: row.recruitment_methods as VictimContext["recruitmentMethods"],
    recruitmentWebsites: row.recruitment_websites as VictimContext["recruitmentWebsites"],
    controlMethods: row.control_methods as VictimContext["controlMethods"],
    exploitationTypes: row.exploitation_types as VictimContext["exploitationTypes"],
    forcedLabourIndustry: row.forced_labour_industry as VictimContext["forcedLabourIndustry"],
    sexExploitationTypes: row.sex_exploitation_types as VictimContext["sexExploitationTypes"],
    exploitationWebsites: row.exploitation_websites as VictimContext["exploitationWebsites"],
    victimVulnerabilities: row.victim_vulnerabilities as VictimContext["victimVulnerabilities"],
    vulnerabilityDetails: sealed.vulnerabilityDetails ?? null,
    recruitmentPlaces: row.recruitment_places as VictimContext["recruitmentPlaces"],
    exploitationPlaces: row.exploitation_places as VictimContext["exploitationPlaces"],
  };
}

export function toPerpetratorContext(row: CasePersonRow, sealed: SealedContext): PerpetratorContext {
  return {
    perpetratorRoles: row.perpetrator_roles as PerpetratorContext["perpetratorRoles"],
    roleDetails: sealed.roleDetails ?? null,
  };
}
