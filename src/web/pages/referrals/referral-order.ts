/**
 * The receiver's queue as it is worked: late answers first, then the most urgent, each group newest first as
 * the server sent it. Only the loaded pages are ordered; "load more" adds older ones below.
 */
const URGENCY_RANK: Readonly<Record<string, number>> = { emergency: 0, high: 1, normal: 2, low: 3 };

export function queueOrder<T extends { overdue: boolean; urgency: string }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        Number(b.item.overdue) - Number(a.item.overdue) ||
        (URGENCY_RANK[a.item.urgency] ?? 9) - (URGENCY_RANK[b.item.urgency] ?? 9) ||
        a.index - b.index,
    )
    .map(({ item }) => item);
}
