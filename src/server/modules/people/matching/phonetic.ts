import { doubleMetaphone } from "double-metaphone";

/*
 * Second, coarser name key: Double Metaphone of the skeleton. It forgives what the skeleton keeps apart,
 * mostly vowels (Kavalenko/Kovalenko), voicing at the end of a word and v/f (Petrov/Petroff), s/z (German
 * Selenskyj, Zelensky) and a few consonant clusters.
 *
 * In a skeleton "x" stands for the х/г class (see latin-skeleton.ts). Double Metaphone would read it as
 * "ks" (or "s" at the start), so it is fed as "g", which the algorithm keeps as a stable K sound; "h" would
 * be dropped after a consonant and make Olha sound like Ola.
 */

/** Codes shorter than this match a large share of all names and would only add noise. */
const MIN_CODE_LENGTH = 2;

/** Double Metaphone codes (primary and, when different, alternate) of a skeleton from `nameTokens`. */
export function phoneticKeys(skeleton: string): string[] {
  if (skeleton.length < 2) return [];
  const codes = doubleMetaphone(skeleton.replace(/x/g, "g"));
  return [...new Set(codes)].filter((code) => code.length >= MIN_CODE_LENGTH);
}
