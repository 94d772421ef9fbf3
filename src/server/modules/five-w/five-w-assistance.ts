import { sql } from "kysely";
import { FIVE_W_AGE_GROUPS, FIVE_W_SEXES, type FiveWAgeGroup, type FiveWSex } from "../../../shared/api/five-w.js";
import { isSmallCell, suppressPartition } from "../../../shared/figures/suppression.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { officeOfRecordSql } from "../offices/office-of-records.js";
import type { Period } from "./five-w-activities.js";
import type { FiveWLabels } from "./five-w-labels.js";
import type { FiveWRow, OfficeInfo } from "./five-w-rows.js";
import { POPULATION_GROUPS, type PopulationGroup, populationGroupSql } from "./population-groups.js";

interface AssistedCell {
  month: string;
  office_id: string | null;
  assistance_type: string;
  partner: string;
  sex: FiveWSex;
  age_group: FiveWAgeGroup;
  population_group: PopulationGroup;
  people: string | number;
}

/** Sex as recorded on the person (HTCDS extension SEXES), as the 5W counts it. */
const SEX_SQL = sql<FiveWSex>`(CASE p.sex WHEN 'Female' THEN 'female' WHEN 'Male' THEN 'male'
  WHEN 'Intersex' THEN 'other' ELSE 'unknown' END)`;

/**
 * Age at the assistance from the birth year alone (the birth date is sealed): the year of assistance less the
 * year of birth, so a person may show a year older for the months before their birthday.
 */
const AGE_SQL = sql<FiveWAgeGroup>`(CASE WHEN p.birth_year IS NULL THEN 'unknown'
  WHEN extract(year FROM a.provided_on)::int - p.birth_year < 18 THEN 'children'
  WHEN extract(year FROM a.provided_on)::int - p.birth_year < 60 THEN 'adults'
  ELSE 'older' END)`;

/**
 * Distinct people assisted per month, office, assistance type and provider, by sex, age group and population
 * group: the victims of cases with assistance provided in the month. A person counts once in a cell however
 * often assisted, and in one cell only (sex, age group and population group are one per person and month).
 */
async function assistedCells(db: ScopedDb, period: Period): Promise<AssistedCell[]> {
  const result = await sql<AssistedCell>`
    SELECT month, office_id, assistance_type, partner, sex, age_group, population_group,
      count(DISTINCT person_id) AS people
    FROM (
      SELECT to_char(a.provided_on, 'YYYY-MM') AS month,
        ${officeOfRecordSql(db, "c.team_id")} AS office_id,
        a.assistance_type,
        coalesce(btrim(a.provider_name), '') AS partner,
        cp.person_id,
        ${SEX_SQL} AS sex,
        ${AGE_SQL} AS age_group,
        ${populationGroupSql("p.migration_statuses")} AS population_group
      FROM assistance a
      JOIN cases c ON c.organisation_id = a.organisation_id AND c.id = a.case_id
      JOIN case_people cp ON cp.organisation_id = a.organisation_id AND cp.case_id = a.case_id AND cp.role = 'victim'
      JOIN people p ON p.organisation_id = cp.organisation_id AND p.id = cp.person_id
      WHERE a.organisation_id = ${db.organisationId} AND a.status = 'provided'
        AND a.provided_on >= ${period.fromDay}::date AND a.provided_on < ${period.toDayExclusive}::date
    ) AS assisted
    WHERE (${period.officeId}::uuid IS NULL OR office_id = ${period.officeId}::uuid)
    GROUP BY month, office_id, assistance_type, partner, sex, age_group, population_group
  `.execute(db.tx);
  return result.rows;
}

const cellOrder = (cell: AssistedCell) =>
  (FIVE_W_SEXES.indexOf(cell.sex) * FIVE_W_AGE_GROUPS.length + FIVE_W_AGE_GROUPS.indexOf(cell.age_group)) *
    POPULATION_GROUPS.length +
  POPULATION_GROUPS.indexOf(cell.population_group);

/**
 * Rows of people assisted. Counts of people from case records could point to a person, so within each
 * breakdown (month, office, assistance type, provider) a count of 1–4 is withheld, and when only one is,
 * the next smallest too (its cells add up to the people assisted, which a reader could total from elsewhere).
 * Withheld rows stay in the table with an empty value and a note saying why: the reader sees that someone
 * was assisted, not how many.
 */
export async function assistanceRows(
  db: ScopedDb,
  period: Period,
  labels: FiveWLabels,
  offices: ReadonlyMap<string, OfficeInfo>,
): Promise<FiveWRow[]> {
  const partitions = new Map<string, AssistedCell[]>();
  for (const cell of await assistedCells(db, period)) {
    const key = [cell.month, cell.office_id, cell.assistance_type, cell.partner].join("\u0000");
    partitions.set(key, [...(partitions.get(key) ?? []), cell]);
  }
  const rows: FiveWRow[] = [];
  for (const cells of partitions.values()) {
    cells.sort((a, b) => cellOrder(a) - cellOrder(b));
    const counts = cells.map((cell, index) => ({ key: String(index), count: Number(cell.people) }));
    const published = suppressPartition(counts);
    cells.forEach((cell, index) => {
      const count = counts[index]?.count ?? 0;
      const value = published[index]?.count ?? null;
      const office = cell.office_id ? offices.get(cell.office_id) : undefined;
      rows.push({
        month: cell.month,
        officeId: cell.office_id,
        country: office?.country ?? labels.organisationCountry,
        admin1Pcode: office?.admin1Pcode ?? null,
        activity: "direct_assistance",
        targetGroup: "",
        indicator: "people_assisted",
        item: labels.assistanceType(cell.assistance_type),
        indicatorCode: `people_assisted:${cell.assistance_type}`,
        partner: cell.partner,
        sex: cell.sex,
        ageGroup: cell.age_group,
        populationGroup: cell.population_group,
        value,
        note: value !== null ? null : isSmallCell(count) ? "withheld_small" : "withheld_secondary",
      });
    });
  }
  return rows;
}
