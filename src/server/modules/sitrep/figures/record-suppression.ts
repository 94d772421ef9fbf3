import { isSmallCell } from "../../../../shared/figures/suppression.js";

/**
 * Small-cell suppression across the cells of a report, which are related in more ways than one breakdown:
 * the offices' counts add up to the report's total, people assisted split into victims and others, each
 * of those by sex. A cell is withheld when small (src/shared/figures/suppression.ts), and in every
 * partition where exactly one non-zero cell is withheld, the next smallest is withheld too, so that no
 * subtraction gives it away. Withholding one cell can expose another partition it belongs to, so the rule
 * is applied until nothing changes. A part of a withheld whole is withheld: adding the parts would show it.
 */

export interface SuppressionCell {
  count: number;
  withheld: boolean;
}

/** A cell, small ones withheld from the start. */
export function cellOf(count: number): SuppressionCell {
  return { count, withheld: isSmallCell(count) };
}

/** Withholds the next smallest cell of a partition that has exactly one withheld non-zero cell. */
function protectPartition(cells: readonly SuppressionCell[]): boolean {
  const withheld = cells.filter((cell) => cell.withheld && cell.count > 0).length;
  if (withheld !== 1) return false;
  let smallest: SuppressionCell | undefined;
  for (const cell of cells) {
    if (!cell.withheld && cell.count > 0 && (!smallest || cell.count < smallest.count)) smallest = cell;
  }
  if (!smallest) return false;
  smallest.withheld = true;
  return true;
}

/** Withholds the parts of a withheld whole. */
function protectParts(whole: SuppressionCell, parts: readonly SuppressionCell[]): boolean {
  if (!whole.withheld) return false;
  let changed = false;
  for (const part of parts) {
    if (!part.withheld && part.count > 0) {
      part.withheld = true;
      changed = true;
    }
  }
  return changed;
}

export interface SuppressionRules {
  /** Groups of cells that add up to a shown whole (or nearly: people counted once per office). */
  partitions: SuppressionCell[][];
  /** A whole and the parts that add up to it. */
  wholes: { whole: SuppressionCell; parts: SuppressionCell[] }[];
}

/** Applies the rules until no cell changes. Cells are marked in place. */
export function suppressCells(rules: SuppressionRules): void {
  // Each pass withholds at least one more cell or stops, so this ends within the number of cells.
  for (let changed = true; changed; ) {
    changed = false;
    for (const { whole, parts } of rules.wholes) changed = protectParts(whole, parts) || changed;
    for (const partition of rules.partitions) changed = protectPartition(partition) || changed;
  }
}

/** The cell as a figure's value: null when withheld. */
export function shown(cell: SuppressionCell): number | null {
  return cell.withheld ? null : cell.count;
}
