/**
 * Small-cell suppression for published figures. A count from 1 to threshold-1 could point to a person
 * ("the one Roma child screened at that crossing in May"), so it is withheld (null). Zero stays: it says
 * nothing about anyone. When exactly one cell of a breakdown is withheld and the total is shown, that cell
 * could be worked out by subtraction, so the next smallest non-zero cell is withheld too (secondary
 * suppression).
 */

export const SMALL_CELL_THRESHOLD = 5;

export interface Cell {
  key: string;
  count: number | null;
}

export function isSmallCell(count: number, threshold = SMALL_CELL_THRESHOLD): boolean {
  return count > 0 && count < threshold;
}

/** A total, withheld when small. */
export function suppressTotal(count: number, threshold = SMALL_CELL_THRESHOLD): number | null {
  return isSmallCell(count, threshold) ? null : count;
}

/**
 * A breakdown whose cells add up to a shown total (one cell per item: sex, age band, risk level).
 * Cells in the order given.
 */
export function suppressPartition(
  counts: readonly { key: string; count: number }[],
  threshold = SMALL_CELL_THRESHOLD,
): Cell[] {
  const cells: Cell[] = counts.map(({ key, count }) => ({ key, count: isSmallCell(count, threshold) ? null : count }));
  const withheld = cells.filter((cell) => cell.count === null).length;
  if (withheld === 1) {
    let smallest: Cell | undefined;
    for (const cell of cells) {
      if (cell.count !== null && cell.count > 0 && (!smallest || cell.count < (smallest.count as number)))
        smallest = cell;
    }
    if (smallest) smallest.count = null;
  }
  return cells;
}

/**
 * A breakdown where one item can count in several cells (needs, flags): the cells do not add up to the
 * total, so no subtraction reveals a withheld one, and only the small cells themselves are withheld.
 */
export function suppressOverlapping(
  counts: readonly { key: string; count: number }[],
  threshold = SMALL_CELL_THRESHOLD,
): Cell[] {
  return counts.map(({ key, count }) => ({ key, count: isSmallCell(count, threshold) ? null : count }));
}
