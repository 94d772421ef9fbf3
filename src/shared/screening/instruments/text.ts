import type { Choice, FormItem, Group, Question, QuestionType } from "../../forms/definition.js";

/** Built-in instruments carry every label in all five interface languages; the type makes a gap a compile error. */
export const INSTRUMENT_LANGUAGES = ["en", "uk", "ru", "pl", "ro"] as const;
export type InstrumentLanguage = (typeof INSTRUMENT_LANGUAGES)[number];
export type Text = Record<InstrumentLanguage, string>;

export const FORM_LANGUAGES = [
  { code: "en", name: "English" },
  { code: "uk", name: "Українська" },
  { code: "ru", name: "Русский" },
  { code: "pl", name: "Polski" },
  { code: "ro", name: "Română" },
];

type QuestionExtras = Omit<Partial<Question>, "kind" | "name" | "type" | "label" | "hint" | "constraintMessage"> & {
  hint?: Text;
  constraintMessage?: Text;
};

export function question(name: string, type: QuestionType, label: Text, extras: QuestionExtras = {}): Question {
  return { kind: "question", name, type, label, ...extras };
}

/** A select question whose choice list has the question's name unless given. */
export function select(
  name: string,
  type: "select_one" | "select_multiple",
  listName: string,
  label: Text,
  extras: QuestionExtras = {},
): Question {
  return question(name, type, label, { listName, ...extras });
}

export function calculate(name: string, calculation: string): Question {
  return { kind: "question", name, type: "calculate", calculation };
}

export function group(name: string, label: Text, items: FormItem[], relevant?: string): Group {
  return relevant === undefined
    ? { kind: "group", name, label, items }
    : { kind: "group", name, label, relevant, items };
}

export function choices(entries: readonly (readonly [string, Text])[]): Choice[] {
  return entries.map(([name, label]) => ({ name, label }));
}

/** "None" must be the only choice when it is chosen. */
export const NONE_EXCLUSIVE = "not(selected(., 'none') and count-selected(.) > 1)";

export const NONE_ALONE: Text = {
  en: '"None" cannot be combined with other answers.',
  uk: "«Нічого» не можна поєднувати з іншими відповідями.",
  ru: "«Ничего» нельзя сочетать с другими ответами.",
  pl: "Odpowiedzi „nic” nie można łączyć z innymi.",
  ro: "„Nimic” nu poate fi combinat cu alte răspunsuri.",
};
