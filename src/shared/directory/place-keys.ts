import { foldText } from "../knowledge/search-text.js";

/**
 * A name as the directory compares it: lower case, no diacritics or apostrophes, spaces collapsed, so that
 * "Łódź" finds "lodz" and "Chișinău" finds "Chisinau" (the same folding as the knowledge base's search).
 * Null for an empty name.
 */
export function directoryKey(text: string | null | undefined): string | null {
  const key = foldText(text ?? "")
    .replace(/\s+/g, " ")
    .trim();
  return key === "" ? null : key;
}

/** The keys of a list of names, each once. */
export function directoryKeys(texts: readonly string[]): string[] {
  return [...new Set(texts.map(directoryKey).filter((key): key is string => key !== null))];
}
