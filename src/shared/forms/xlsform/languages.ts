import type { z } from "zod";
import type { formLanguageSchema } from "../definition.js";

export type FormLanguage = z.infer<typeof formLanguageSchema>;

/** The code under which text from a column without a language is kept. */
export const DEFAULT_LANGUAGE = "default";

const CODE = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;
const WITH_CODE = /^(.*?)\s*\(([^()]*)\)$/;

// ISO 639-1, plus a few ISO 639-3 codes common in humanitarian forms that have no two-letter code.
const KNOWN_CODES = `aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz
ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja
jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng
nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu prs ckb rom fil`.split(/\s+/);

/** Names that the display-name tables do not give but form authors write. */
const ALIASES: Record<string, string> = {
  moldovan: "ro",
  moldavian: "ro",
  farsi: "fa",
  romani: "rom",
  filipino: "fil",
};

const LANGUAGE_WORD = /\s+(language|мова|язык|limba|język)$/u;

function key(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim().replace(LANGUAGE_WORD, "");
}

let byName: Map<string, string> | undefined;

/** Language names in English and in the language itself, from the runtime's own tables. */
function nameTable(): Map<string, string> {
  if (byName) return byName;
  const table = new Map<string, string>(Object.entries(ALIASES));
  const english = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames(["en"], { type: "language" }) : null;
  for (const code of KNOWN_CODES) {
    const names = [english?.of(code)];
    try {
      names.push(new Intl.DisplayNames([code], { type: "language" }).of(code));
    } catch {
      // A runtime without data for this locale: the English name and the code still work.
    }
    for (const name of names) if (name && name !== code && !table.has(key(name))) table.set(key(name), code);
  }
  byName = table;
  return table;
}

/** The code for a language name such as "Ukrainian" or "Українська", if it is known. */
export function codeForName(name: string): string | undefined {
  return nameTable().get(key(name));
}

/**
 * The language of a column suffix as written ("English (en)", "Українська", "Polski"): the code in
 * parentheses when it looks like one, else a known name, else the name itself. Undefined when unusable.
 */
export function languageFromSpec(spec: string): FormLanguage | undefined {
  const written = spec.trim();
  if (written === "" || written.length > 100) return undefined;
  if (written.toLowerCase() === DEFAULT_LANGUAGE) return { code: DEFAULT_LANGUAGE };
  const match = WITH_CODE.exec(written);
  const inner = match?.[2]?.trim() ?? "";
  if (match && CODE.test(inner)) return { code: inner, name: match[1]?.trim() || inner };
  const code = codeForName(written) ?? (match?.[1] ? codeForName(match[1]) : undefined) ?? written;
  if (code.length > 35) return undefined;
  return { code, name: written };
}

/** The column suffix that gives `language` back on import; undefined for the unlabelled default. */
export function languageSpec(language: FormLanguage): string | undefined {
  if (language.code === DEFAULT_LANGUAGE) return undefined;
  const name = language.name ?? language.code;
  return name === language.code ? name : `${name} (${language.code})`;
}
