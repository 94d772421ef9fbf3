/**
 * The fields of `next` that differ from `before`. Saving only these keeps the case history truthful: it
 * lists the fields a save sent, so sending the untouched ones too would claim they all changed.
 */
export function changedFields<T extends object>(before: T, next: T): Partial<T> {
  const result: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(next[key] ?? null)) result[key] = next[key];
  }
  return result;
}
