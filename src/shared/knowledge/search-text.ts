/**
 * Text as the knowledge base's search sees it, the same on the server (what is indexed and asked) and in
 * the browser (what is highlighted): lower-cased by JavaScript rather than by the database's locale, with
 * diacritics and apostrophes dropped, so that an operator typing on whatever keyboard is at hand finds
 * "Łódź" with "lodz", "ёлка" with "елка", Romanian ș and ş alike, and "пам'ять" with or without the
 * apostrophe. Words are runs of letters and digits in any script.
 */

// Letters that carry their stroke in the letter itself, not as a combining mark NFKD can take off.
const STROKED: Readonly<Record<string, string>> = { ł: "l", đ: "d", ø: "o", ß: "ss", æ: "ae", œ: "oe", ı: "i" };
const STROKED_RE = /[łđøßæœı]/g;
const MARKS_RE = /\p{M}+/gu;
const APOSTROPHES_RE = /['’ʼ`´]/g;
const WORD_RE = /[\p{L}\p{N}]+/gu;

/** A word longer than this is not language (a key, a link's code): it is left out of the index. */
export const MAX_WORD_LENGTH = 60;
/** Words of a query past this many are ignored: a search box is not a document. */
export const MAX_QUERY_WORDS = 8;

/** Lower case, no diacritics, no apostrophes; other characters as they were. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(MARKS_RE, "")
    .replace(APOSTROPHES_RE, "")
    .replace(STROKED_RE, (letter) => STROKED[letter] ?? letter);
}

/** The words of a text as they are indexed. */
export function searchWords(text: string): string[] {
  return (foldText(text).match(WORD_RE) ?? []).filter((word) => word.length <= MAX_WORD_LENGTH);
}

/** The words of what someone typed; the last one is matched as a prefix (search as you type). */
export function queryWords(query: string): string[] {
  return searchWords(query).slice(0, MAX_QUERY_WORDS);
}

/**
 * A text folded character by character, with the position in the original of every folded character,
 * so that a match found in folded text can be shown in the original.
 */
function foldWithPositions(text: string): { folded: string; positions: number[] } {
  let folded = "";
  const positions: number[] = [];
  let index = 0;
  for (const character of text) {
    const part = foldText(character);
    for (let k = 0; k < part.length; k += 1) positions.push(index);
    folded += part;
    index += character.length;
  }
  positions.push(index);
  return { folded, positions };
}

const isWordCharacter = (character: string | undefined) => !!character && /[\p{L}\p{N}]/u.test(character);

/** Where words starting with one of the query words stand in the original text: [start, end) pairs, in order. */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
  const wanted = words.filter((word) => word.length > 0);
  if (wanted.length === 0) return [];
  const { folded, positions } = foldWithPositions(text);
  const ranges: [number, number][] = [];
  for (let at = 0; at < folded.length; at += 1) {
    if (!isWordCharacter(folded[at]) || isWordCharacter(folded[at - 1])) continue;
    const word = wanted.filter((w) => folded.startsWith(w, at)).sort((a, b) => b.length - a.length)[0];
    if (!word) continue;
    ranges.push([positions[at] ?? 0, positions[at + word.length] ?? text.length]);
    at += word.length - 1;
  }
  return ranges;
}

/** Markdown reduced to the words a reader sees: for snippets, never for display of the article itself. */
export function plainTextOfMarkdown(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n?/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, " ")
    .replace(/^\s{0,3}(#{1,6}|>+|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/[*_~`|]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Cuts a text to at most max characters at a space, marking what was left out with an ellipsis. */
function window(text: string, start: number, max: number): string {
  let from = start;
  if (from > 0) {
    const space = text.indexOf(" ", from);
    from = space >= 0 && space < from + 20 ? space + 1 : from;
  }
  let to = Math.min(text.length, from + max);
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space > from + max / 2) to = space;
  }
  return `${from > 0 ? "… " : ""}${text.slice(from, to).trim()}${to < text.length ? " …" : ""}`;
}

/** A short extract of a Markdown body around the first word found, or its beginning when nothing is. */
export function snippetOf(markdown: string, words: readonly string[], max = 200): string {
  const text = plainTextOfMarkdown(markdown);
  const first = matchRanges(text, words)[0];
  if (!first) return window(text, 0, max);
  return window(text, Math.max(0, first[0] - Math.floor(max / 3)), max);
}
