import type { ActivityKind } from "../../../shared/activities/vocab.js";
import { ACTIVITY_KINDS } from "../../../shared/activities/vocab.js";
import {
  FIVE_W_AGE_GROUPS,
  FIVE_W_COLUMN_KEYS,
  FIVE_W_SEXES,
  type FiveWAgeGroup,
  type FiveWColumnKey,
  type FiveWSex,
} from "../../../shared/api/five-w.js";
import { SMALL_CELL_THRESHOLD } from "../../../shared/figures/suppression.js";
import type { FiveWLabels } from "./five-w-labels.js";
import { POPULATION_GROUPS, type PopulationGroup } from "./population-groups.js";

/** The activity column: a kind of activity, or direct assistance from the case records. */
export type FiveWActivity = ActivityKind | "direct_assistance";
const ACTIVITY_ORDER: readonly FiveWActivity[] = [...ACTIVITY_KINDS, "direct_assistance"];

/** Why a value is left empty: a count of 1–4 people, or a second cell withheld so the first cannot be worked out. */
export type WithheldNote = "withheld_small" | "withheld_secondary";

/** One row of the table before translation: codes, and the texts typed into records (partners, target groups). */
export interface FiveWRow {
  /** YYYY-MM */
  month: string;
  officeId: string | null;
  country: string;
  admin1Pcode: string | null;
  activity: FiveWActivity;
  /** A training's target groups, already labelled and joined; empty otherwise. */
  targetGroup: string;
  /** Catalogue key under fiveW.indicators. */
  indicator: string;
  /** The item an indicator counts (a material, a product type, an assistance type), already labelled. */
  item: string | null;
  /** Stable across languages: the indicator and the item's code, e.g. materials_distributed:leaflet. */
  indicatorCode: string;
  /** Partners as typed, joined; empty: the organisation implemented it itself. */
  partner: string;
  sex: FiveWSex | null;
  ageGroup: FiveWAgeGroup | null;
  populationGroup: PopulationGroup | null;
  /** Null when withheld. */
  value: number | null;
  note: WithheldNote | null;
}

export interface OfficeInfo {
  id: string;
  name: string;
  country: string;
  admin1Name: string | null;
  admin1Pcode: string | null;
  sortOrder: number;
}

const groupKey = (row: FiveWRow) =>
  [
    row.month,
    row.officeId,
    row.country,
    row.admin1Pcode,
    row.activity,
    row.targetGroup,
    row.indicatorCode,
    row.partner,
    row.sex,
    row.ageGroup,
    row.populationGroup,
  ].join("\u0000");

/** Rows that differ only in their value become one, values added up (several trainings of one month …). */
export function sumRows(rows: readonly FiveWRow[]): FiveWRow[] {
  const byKey = new Map<string, FiveWRow>();
  for (const row of rows) {
    const key = groupKey(row);
    const existing = byKey.get(key);
    if (existing) existing.value = (existing.value ?? 0) + (row.value ?? 0);
    else byKey.set(key, { ...row });
  }
  return [...byKey.values()];
}

const rank = <T>(list: readonly T[], value: T | null) => (value === null ? -1 : list.indexOf(value));

/** Month, office (in the organisation's order), activity, indicator, partner, target group, disaggregation. */
export function sortRows(rows: FiveWRow[], offices: ReadonlyMap<string, OfficeInfo>): FiveWRow[] {
  const officeRank = (id: string | null) => {
    const office = id ? offices.get(id) : undefined;
    return office ? [office.sortOrder, office.name] : [Number.MAX_SAFE_INTEGER, ""];
  };
  const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) => {
    const [aOrder, aName] = officeRank(a.officeId) as [number, string];
    const [bOrder, bName] = officeRank(b.officeId) as [number, string];
    return (
      compareText(a.month, b.month) ||
      aOrder - bOrder ||
      compareText(aName, bName) ||
      rank(ACTIVITY_ORDER, a.activity) - rank(ACTIVITY_ORDER, b.activity) ||
      compareText(a.indicatorCode, b.indicatorCode) ||
      compareText(a.partner, b.partner) ||
      compareText(a.targetGroup, b.targetGroup) ||
      rank(FIVE_W_SEXES, a.sex) - rank(FIVE_W_SEXES, b.sex) ||
      rank(FIVE_W_AGE_GROUPS, a.ageGroup) - rank(FIVE_W_AGE_GROUPS, b.ageGroup) ||
      rank(POPULATION_GROUPS, a.populationGroup) - rank(POPULATION_GROUPS, b.populationGroup)
    );
  });
}

export type FiveWCell = string | number | null;

/** A row as the file's cells, in the columns' order, in the labels' language. */
export function rowCells(
  row: FiveWRow,
  labels: FiveWLabels,
  offices: ReadonlyMap<string, OfficeInfo>,
  admin1Names: ReadonlyMap<string, string>,
): FiveWCell[] {
  const { t } = labels;
  const office = row.officeId ? offices.get(row.officeId) : undefined;
  const cells: Record<FiveWColumnKey, FiveWCell> = {
    month: row.month,
    organisation: labels.organisationName,
    implementingPartner: row.partner || labels.organisationName,
    office: office?.name ?? null,
    country: row.country,
    admin1Name: row.admin1Pcode ? (admin1Names.get(row.admin1Pcode) ?? null) : null,
    admin1Pcode: row.admin1Pcode,
    sector: t("fiveW.sector"),
    subsector: t("fiveW.subsector"),
    activity: t(`fiveW.activities.${row.activity}`),
    targetGroup: row.targetGroup || null,
    indicatorCode: row.indicatorCode,
    indicator: t(`fiveW.indicators.${row.indicator}`, { item: row.item ?? "" }),
    sex: row.sex ? t(`fiveW.sexes.${row.sex}`) : null,
    ageGroup: row.ageGroup ? t(`fiveW.ageGroups.${row.ageGroup}`) : null,
    populationGroup: row.populationGroup ? t(`fiveW.populationGroups.${row.populationGroup}`) : null,
    value: row.value,
    note: row.note ? t(`fiveW.notes.${row.note}`, { threshold: SMALL_CELL_THRESHOLD }) : null,
  };
  return FIVE_W_COLUMN_KEYS.map((key) => cells[key]);
}
