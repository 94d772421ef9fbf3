import { type Cell, suppressPartition, suppressTotal } from "../../../../shared/figures/suppression.js";
import { NOT_ASSISTED, OUTCOMES } from "../../../../shared/hotline/vocab.js";

type Counts = readonly { key: string; count: number }[];

/**
 * Published cells in a stable order: shown counts largest first, then the withheld ones by key. Sorting
 * by the true counts before withholding would tell which withheld cell is the larger one.
 */
export function publishedOrder(cells: Cell[]): Cell[] {
  return [...cells].sort((a, b) => {
    if (a.count === null || b.count === null) {
      if (a.count !== b.count) return a.count === null ? 1 : -1;
      return a.key.localeCompare(b.key);
    }
    return b.count - a.count || a.key.localeCompare(b.key);
  });
}

/** A breakdown whose cells add up to a published total (each contact, or each consultation, in one cell). */
export function partition(counts: Counts): Cell[] {
  return publishedOrder(suppressPartition(counts));
}

/** Every key of a fixed scale listed in order (hours, weekdays), zeros included, as a partition. */
export function fixedScale(counts: Counts, keys: readonly string[]): Cell[] {
  const byKey = new Map(counts.map((cell) => [cell.key, cell.count]));
  return suppressPartition(keys.map((key) => ({ key, count: byKey.get(key) ?? 0 })));
}

/**
 * "Contacts assisted" and the outcomes together. Contacts split into assisted and not assisted, and each
 * side into its outcomes, so three sums are published at once: contacts, assisted, and (by subtraction)
 * not assisted. When the not-assisted side is small, it and the assisted total are withheld as a pair and
 * the outcomes are one partition of the contacts; otherwise each side's outcomes are a partition of that
 * side, so a lone withheld outcome cannot be recovered from its side's total.
 */
export function assistedAndOutcomes(
  contacts: number,
  assisted: number,
  outcomes: Counts,
): { contactsAssisted: number | null; byOutcome: Cell[] } {
  const split = suppressPartition([
    { key: "assisted", count: assisted },
    { key: "not_assisted", count: contacts - assisted },
  ]);
  const contactsAssisted = suppressTotal(contacts) === null ? null : (split[0]?.count ?? null);
  if (contactsAssisted === null) return { contactsAssisted, byOutcome: partition(outcomes) };
  const notAssisted = new Set<string>(NOT_ASSISTED);
  // Outcomes outside the vocabulary ("unknown") cannot occur on a completed contact; they go with the
  // not-assisted side, as isAssisted() counts them.
  const assistedSide = outcomes.filter(
    (cell) => (OUTCOMES as readonly string[]).includes(cell.key) && !notAssisted.has(cell.key),
  );
  const otherSide = outcomes.filter((cell) => !assistedSide.includes(cell));
  return {
    contactsAssisted,
    byOutcome: publishedOrder([...suppressPartition(assistedSide), ...suppressPartition(otherSide)]),
  };
}

/** Handling time over contacts with a duration; withheld with their count when that count is small. */
export function handlingTime(handled: number, seconds: number) {
  const contacts = suppressTotal(handled);
  if (contacts === null) return { contacts, totalMinutes: null, averageMinutes: null };
  if (contacts === 0) return { contacts, totalMinutes: 0, averageMinutes: null };
  return {
    contacts,
    totalMinutes: Math.round(seconds / 60),
    averageMinutes: Math.round((seconds / handled / 60) * 10) / 10,
  };
}
