import anyAscii from "any-ascii";
import { GIVEN_NAME_VARIANTS } from "./given-name-variants.js";

/*
 * Name skeletons for blind indexes.
 *
 * Names are stored encrypted; search and duplicate detection can only compare keys for EQUALITY, so every
 * spelling of a name that a caseworker, a border guard or a passport office is likely to produce has to be
 * reduced to the same string here. The skeleton is never shown to anyone, so it favours recall over
 * readability and over linguistic accuracy.
 *
 * Pipeline for one word: lower-case -> letters whose diacritic carries a sound are decided first (š is not s)
 * -> Cyrillic and remaining diacritics go through any-ascii -> spelling classes below -> iotation -> double
 * letters -> known cross-language forms of given names (given-name-variants.ts).
 *
 * | class  | written as                                                    | skeleton |
 * |--------|---------------------------------------------------------------|----------|
 * | ш      | sh, sz (pl), sch (de), š                                      | sh       |
 * | щ      | shch, szcz (pl), schtsch (de)                                 | shch     |
 * | ч      | ch (English style), cz (pl), tsch (de), tch, č                | ch       |
 * | ж      | zh, ż, ž, ř, rz (Polish-styled words)                         | zh       |
 * | ц      | ts, tz, ț; c in Polish-styled words; otherwise c before e/i/y | c        |
 * | к      | k, q; c before a/o/u or a consonant outside Polish spelling   | k        |
 * | х/г    | kh, h, g, gh; ch in Polish/German/Czech-styled words, chr/chl | x        |
 * | в      | v, w                                                          | v        |
 * | и/і/й  | i, y, j, ï, ы; any run of them (ii, iy, yi, ij) is one i      | i        |
 * | е/є/э  | e; ye/je/ie at the start of a word or after a consonant       | e        |
 * | ё      | e; yo/jo/io after a consonant (ё is usually printed as е)     | e        |
 * | я, ю   | ya/ja/ia, yu/ju/iu: one i before the vowel                    | ia, iu   |
 * | ь ъ '  | soft and hard signs, apostrophes                              | (none)   |
 * | ș      | s: Romanian names are mostly typed without the comma          | s        |
 *
 * Further rules: x -> ks, ph -> f, th -> t; a word-initial ш before t/p becomes s so that Cyrillic renderings
 * of Romanian/German names (Штефан, Шпигель) meet Stefan/Spiegel; -cki/-cky is ц+к; doubled letters become
 * single; the endings -ий/-ій/-yi/-iy/-ij/-y all end as a single "i" through the i-run rule. The х/г class is
 * written "x" so that the digraphs sh/ch/zh stay unambiguous (сх is not ш).
 *
 * "ch" and "c" are the truly ambiguous spellings: ch is ч in English-style transliteration, х in Polish,
 * German and Czech spelling and к in Romanian. A Latin word counts as Polish/German/Czech-styled when it
 * also contains w, j, sz, cz, rz, sch, "ie" after a consonant or one of those languages' diacritics, and as
 * Romanian when it has ă, â, î, ș or ț. Cyrillic input never reaches that question: any-ascii writes ч as
 * ch, х as kh and ц as ts.
 */

// Letters whose diacritic decides the sound (any-ascii would turn š into a plain s). They are rewritten as
// the unambiguous Latin spelling of the same sound before the rules run; č uses the German "tsch" because
// a plain "ch" would be open to the ч/х question below.
const SOUNDING_DIACRITICS: Readonly<Record<string, string>> = {
  š: "sh",
  č: "tsch",
  ž: "zh",
  ż: "zh",
  ř: "zh",
  ș: "s",
  ş: "s",
  ț: "ts",
  ţ: "ts",
};

// Sound classes are held as upper-case placeholders while the lower-case rules run, then rendered.

const RENDER: Readonly<Record<string, string>> = { S: "sh", C: "ch", Z: "zh", T: "c", H: "x" };

/** How a Latin word spells ч/х/ц; Cyrillic input always comes out of any-ascii in "english" style. */
type Style = "english" | "central" | "romanian";

const CENTRAL_MARKERS = /[wjłżźśćńąęóäöüßšžčř]|sz|cz|rz|sch|[^aeiouy]ie/;
const ROMANIAN_MARKERS = /[ăâîșşțţ]/;
const CYRILLIC = /\p{Script=Cyrillic}/u;

function styleOf(lowerWord: string): Style {
  if (CYRILLIC.test(lowerWord)) return "english";
  if (ROMANIAN_MARKERS.test(lowerWord)) return "romanian";
  return CENTRAL_MARKERS.test(lowerWord) ? "central" : "english";
}

/** Latin c: ц in Polish/Czech, к or ц in English spelling, к or ч in Romanian. */
function applyLetterC(s: string, style: Style): string {
  // Polish -cki/-cka and English-style -cky are the Slavic -цький/-цкий endings: ц followed by к.
  const t = s.replace(/c(?=k[aiyj]*$)/, "T");
  if (style === "central") return t.replace(/ck/g, "k").replace(/c/g, "T");
  if (style === "romanian") return t.replace(/c(?=[eiy])/g, "C").replace(/c/g, "k");
  // j and y soften like i (Cyryl, Tacjana), so they are not "a consonant" here.
  return t
    .replace(/ck/g, "k")
    .replace(/c(?=[aou]|[b-df-hk-np-tv-xzA-Z])/g, "k")
    .replace(/c/g, "T");
}

/** Ordered spelling rules; longer spellings first so that e.g. "szcz" is not read as "sz" + "cz". */
function applySpellingClasses(word: string, style: Style): string {
  let s = word
    .replace(/schtsch|szcz|shch/g, "SC")
    .replace(/tsch/g, "C")
    .replace(/sch/g, "S")
    .replace(/tch/g, "C")
    .replace(/sz/g, "S")
    .replace(/cz/g, "C")
    .replace(/zh/g, "Z")
    .replace(/sh/g, "S");
  // Polish rz is ж; in an English-style word р+з really is two letters (Berzin).
  if (style === "central") s = s.replace(/rz/g, "Z");
  // English-style ch is ч, but "Chr"/"Chl" are German/Polish х (Chrystyna); ч before r or l hardly occurs.
  const ch = style === "central" ? "H" : style === "romanian" ? "k" : "C";
  s = s
    .replace(/ch(?=[rl])/g, style === "romanian" ? "k" : "H")
    .replace(/ch/g, ch)
    .replace(/kh|gh/g, "H")
    .replace(/ph/g, "f")
    .replace(/th/g, "t")
    .replace(/ts|tz/g, "T");
  s = applyLetterC(s, style)
    .replace(/x/g, "ks")
    .replace(/q/g, "k")
    .replace(/w/g, "v")
    .replace(/[hg]/g, "H")
    .replace(/[yj]/g, "i");
  // Word-initial ш before t/p: Штефан = Ștefan = Stefan.
  return s.replace(/^S(?=[tp])/, "s");
}

/** Iotated vowels and the и/і/й family, see the table above. */
function applyIotation(s: string): string {
  return (
    s
      .replace(/i+/g, "i")
      .replace(/^ie/, "e")
      .replace(/([^aeiou])ie/g, "$1e")
      // ё is usually printed as е: Semyon/Semen, Fyodor/Fedor, Pyotr/Petr, Polish Siemion/Fiodor.
      .replace(/([^aeiou])io/g, "$1e")
  );
}

/**
 * Skeleton of a single word, without the given-name variants. Returns "" when nothing usable remains.
 * Exported for tests and for code that needs the raw spelling class of one word.
 */
export function wordSkeleton(word: string): string {
  const lower = word.normalize("NFC").toLowerCase();
  const style = styleOf(lower);
  const decided = Array.from(lower, (ch) => SOUNDING_DIACRITICS[ch] ?? ch).join("");
  // Anything that is not a letter after any-ascii (apostrophes, soft signs rendered as "'") is dropped.
  const ascii = anyAscii(decided)
    .toLowerCase()
    .replace(/[^a-z]/g, "");
  const classed = applySpellingClasses(ascii, style);
  const single = applyIotation(classed).replace(/(.)\1+/g, "$1");
  return single.replace(/[SCZTH]/g, (p) => RENDER[p] ?? p);
}

let variantIndex: Map<string, string> | undefined;

/** Skeleton -> canonical skeleton of its given-name group, built once from the readable table. */
function givenNameIndex(): Map<string, string> {
  if (variantIndex) return variantIndex;
  const index = new Map<string, string>();
  for (const group of GIVEN_NAME_VARIANTS) {
    const [first, ...rest] = group.map(wordSkeleton);
    if (!first) continue;
    for (const skeleton of [first, ...rest]) if (!index.has(skeleton)) index.set(skeleton, first);
  }
  variantIndex = index;
  return index;
}

/** Groups whose members collide with another group's member; empty when the table is consistent. */
export function conflictingGivenNameVariants(): string[] {
  const owner = new Map<string, number>();
  const conflicts: string[] = [];
  GIVEN_NAME_VARIANTS.forEach((group, groupNo) => {
    for (const name of group) {
      const skeleton = wordSkeleton(name);
      const seen = owner.get(skeleton);
      if (seen !== undefined && seen !== groupNo) conflicts.push(name);
      else owner.set(skeleton, groupNo);
    }
  });
  return conflicts;
}

/** Canonical skeleton of one word: spelling classes, then the given-name group it belongs to, if any. */
export function nameSkeleton(word: string): string {
  const skeleton = wordSkeleton(word);
  return givenNameIndex().get(skeleton) ?? skeleton;
}

/**
 * Splits a full name (any order, hyphenated parts, several given names) into canonical skeletons, one per
 * word, without duplicates. Words with digits are not names; one-letter words (initials) are too weak to
 * match on and are ignored.
 */
export function nameTokens(text: string): string[] {
  const words = text
    .normalize("NFC")
    // Apostrophes (including the Ukrainian ʼ) and soft/hard signs live inside words: Мар'яна is one word.
    .split(/[^\p{L}\p{M}\p{N}'’ʼ`´]+/u)
    .filter((w) => w.length > 0 && !/\p{N}/u.test(w));
  const out: string[] = [];
  for (const word of words) {
    const skeleton = nameSkeleton(word);
    if (skeleton.length >= 2 && !out.includes(skeleton)) out.push(skeleton);
  }
  return out;
}
