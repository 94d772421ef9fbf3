import type { SitrepFigure } from "../../../../shared/api/sitrep.js";
import { SEX_PARAMS } from "../../../../shared/sitrep/figure-keys.js";
import type { RecordCounts } from "./record-counts.js";
import { cellOf, type SuppressionCell, type SuppressionRules, shown, suppressCells } from "./record-suppression.js";

/** Counts of single measures, in the order an entry lists them. */
const SIMPLE_MEASURES = [
  "cases_opened",
  "people_screened",
  "hotline_contacts",
  "hotline_consultations",
  "hotline_persons_assisted",
  "referrals_sent",
  "referrals_completed",
] as const;

type Sex = (typeof SEX_PARAMS)[number];
type BySex = Record<Sex, SuppressionCell>;

/** The cells of one office, or of all the report's offices together. */
interface ScopeCells {
  people: SuppressionCell;
  victims: SuppressionCell;
  others: SuppressionCell;
  victimsBySex: BySex;
  othersBySex: BySex;
  byType: Map<string, SuppressionCell>;
  simple: Map<string, SuppressionCell>;
}

function scopeCells(counts: Map<string, number>): ScopeCells {
  const of = (measure: string) => counts.get(measure) ?? 0;
  const bySex = (group: string) =>
    Object.fromEntries(SEX_PARAMS.map((sex) => [sex, cellOf(of(`${group}:${sex}`))])) as BySex;
  const sum = (group: string) => SEX_PARAMS.reduce((total, sex) => total + of(`${group}:${sex}`), 0);
  const byType = new Map<string, SuppressionCell>();
  for (const [measure, count] of counts) {
    if (measure.startsWith("type:")) byType.set(measure.slice(5), cellOf(count));
  }
  return {
    people: cellOf(sum("victim") + sum("other")),
    victims: cellOf(sum("victim")),
    others: cellOf(sum("other")),
    victimsBySex: bySex("victim"),
    othersBySex: bySex("other"),
    byType,
    simple: new Map(SIMPLE_MEASURES.map((measure) => [measure, cellOf(of(measure))])),
  };
}

/** Every cell of a scope under a name, so that the offices' cells of one name can be set against the total. */
function namedCells(scope: ScopeCells): Map<string, SuppressionCell> {
  const named = new Map<string, SuppressionCell>([
    ["people", scope.people],
    ["victims", scope.victims],
    ["others", scope.others],
  ]);
  for (const sex of SEX_PARAMS) {
    named.set(`victims:${sex}`, scope.victimsBySex[sex]);
    named.set(`others:${sex}`, scope.othersBySex[sex]);
  }
  for (const [type, cell] of scope.byType) named.set(`type:${type}`, cell);
  for (const [measure, cell] of scope.simple) named.set(measure, cell);
  return named;
}

function rulesOf(total: ScopeCells, offices: ScopeCells[]): SuppressionRules {
  const rules: SuppressionRules = { partitions: [], wholes: [] };
  for (const scope of [total, ...offices]) {
    const victimsBySex = SEX_PARAMS.map((sex) => scope.victimsBySex[sex]);
    const othersBySex = SEX_PARAMS.map((sex) => scope.othersBySex[sex]);
    rules.partitions.push([scope.victims, scope.others], victimsBySex, othersBySex);
    rules.wholes.push(
      { whole: scope.people, parts: [scope.victims, scope.others] },
      { whole: scope.victims, parts: victimsBySex },
      { whole: scope.others, parts: othersBySex },
    );
  }
  // The offices' counts add up to the report's total (people assisted in two offices count in both, so
  // the offices' sum can exceed the total: treating it as a sum withholds more, never less).
  const officeNamed = offices.map(namedCells);
  for (const [name, whole] of namedCells(total)) {
    const parts = officeNamed.flatMap((named) => {
      const cell = named.get(name);
      return cell ? [cell] : [];
    });
    rules.partitions.push(parts);
    rules.wholes.push({ whole, parts });
  }
  return rules;
}

function figure(key: string, cell: SuppressionCell, params: SitrepFigure["params"] = {}): SitrepFigure {
  return { key, value: shown(cell), suppressed: cell.withheld, params };
}

/** Labels the organisation gave its own assistance types, in the report's language. */
export type TypeLabels = ReadonlyMap<string, string>;

function figuresOf(scope: ScopeCells, typeLabels: TypeLabels): SitrepFigure[] {
  const figures: SitrepFigure[] = [];
  const sexParams = (whole: SuppressionCell, bySex: BySex) =>
    whole.withheld ? {} : Object.fromEntries(SEX_PARAMS.map((sex) => [sex, shown(bySex[sex])]));
  if (scope.people.count > 0) figures.push(figure("people_assisted", scope.people));
  if (scope.victims.count > 0)
    figures.push(figure("victims_assisted", scope.victims, sexParams(scope.victims, scope.victimsBySex)));
  if (scope.others.count > 0)
    figures.push(figure("others_assisted", scope.others, sexParams(scope.others, scope.othersBySex)));
  // Largest first among the shown; withheld ones after, by code, so that their order tells nothing.
  const types = [...scope.byType.entries()]
    .filter(([, cell]) => cell.count > 0)
    .sort(
      ([a, x], [b, y]) =>
        Number(x.withheld) - Number(y.withheld) || (x.withheld ? 0 : y.count - x.count) || a.localeCompare(b),
    );
  for (const [type, cell] of types) {
    const label = typeLabels.get(type);
    figures.push(figure("people_assisted_by_type", cell, label ? { type, label } : { type }));
  }
  for (const [measure, cell] of scope.simple) if (cell.count > 0) figures.push(figure(measure, cell));
  return figures;
}

/** The record figures of the report (all offices together) and of each office, small cells withheld. */
export function recordFigures(
  counts: RecordCounts,
  officeIds: readonly string[],
  typeLabels: TypeLabels,
): { headline: SitrepFigure[]; byOffice: Map<string, SitrepFigure[]> } {
  const total = scopeCells(counts.total);
  const offices = officeIds.map((id) => scopeCells(counts.byOffice.get(id) ?? new Map()));
  suppressCells(rulesOf(total, offices));
  return {
    headline: figuresOf(total, typeLabels),
    byOffice: new Map(officeIds.map((id, index) => [id, figuresOf(offices[index] as ScopeCells, typeLabels)])),
  };
}
