/*
 * Third name key: character trigrams of the skeleton, padded the way PostgreSQL's pg_trgm pads a word (two
 * blanks in front, one behind). Two names that share most of their trigrams are probably the same name with
 * a typo or a missing letter; ranking.ts turns the shared count into a Dice coefficient.
 */

/** Distinct padded trigrams of one skeleton from `nameTokens`: "olena" -> "  o", " ol", "ole", …, "na ". */
export function trigrams(skeleton: string): string[] {
  if (skeleton.length === 0) return [];
  const padded = `  ${skeleton} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return [...out];
}
