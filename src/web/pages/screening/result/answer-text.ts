import type { FormDefinition, FormItem, Question } from "../../../../shared/forms/definition.js";
import { formatDate, formatNumber } from "../../cases/format.js";
import { pickText } from "../form-text.js";

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Every question of a form by name (names are unique across an XLSForm, groups and repeats included). */
export function questionsByName(definition: FormDefinition): Map<string, Question> {
  const out = new Map<string, Question>();
  const walk = (items: readonly FormItem[]) => {
    for (const item of items) {
      if (item.kind === "question") out.set(item.name, item);
      else walk(item.items);
    }
  };
  walk(definition.items);
  return out;
}

/** A question's label in the screener's language; a calculation without one goes by its name. */
export function questionLabel(question: Question | undefined, name: string, definition: FormDefinition, lang: string) {
  return pickText(question?.label, lang, definition.defaultLanguage) || name;
}

function choiceLabel(definition: FormDefinition, question: Question | undefined, name: string, lang: string) {
  const choice = definition.choiceLists[question?.listName ?? ""]?.find((item) => item.name === name);
  return choice ? pickText(choice.label, lang, definition.defaultLanguage) : name;
}

/** Whether a value says anything: unanswered questions are left out of explanations. */
export function isAnswered(value: unknown): boolean {
  return value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0);
}

/** An answer in words in the screener's language: choice labels, dates and numbers in local form. */
export function answerText(
  definition: FormDefinition,
  question: Question | undefined,
  value: unknown,
  lang: string,
  t: Translate,
): string {
  if (!isAnswered(value)) return "";
  const type = question?.type;
  if (type === "select_one" && typeof value === "string") return choiceLabel(definition, question, value, lang);
  if (type === "select_multiple") {
    const names = Array.isArray(value) ? value.map(String) : String(value).trim().split(/\s+/);
    return names.map((name) => choiceLabel(definition, question, name, lang)).join(", ");
  }
  if (type === "acknowledge" || typeof value === "boolean") {
    return value === true || value === "OK" ? t("common.yes") : t("common.no");
  }
  if (type === "date" && typeof value === "string") return formatDate(value, lang);
  if (typeof value === "number") return formatNumber(value, lang);
  if (typeof value === "object" && value !== null && "lat" in value && "lon" in value) {
    const point = value as { lat: number; lon: number };
    return `${formatNumber(point.lat, lang)}, ${formatNumber(point.lon, lang)}`;
  }
  // A calculation's value is a choice name when its question has a list; otherwise text as it is.
  return typeof value === "string" && question?.listName
    ? choiceLabel(definition, question, value, lang)
    : String(value);
}
