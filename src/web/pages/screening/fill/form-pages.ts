import type { Answers, FormDefinition, FormItem, LocalizedText } from "../../../../shared/forms/definition.js";
import type { Evaluation, SubmissionError } from "../../../../shared/forms/engine/index.js";
import { isRelevant } from "../../../../shared/forms/engine/index.js";
import { instancesAt, pathOf, type RepeatStep, recordAt, rootName } from "./answer-paths.js";

/** One screen of the filling flow: a top-level group or repeat, or a run of questions outside any group. */
export interface FormPage {
  key: string;
  title?: LocalizedText;
  items: FormItem[];
  /** Every name on the page, nested ones too: errors are filed to the page by the name their path starts with. */
  names: ReadonlySet<string>;
}

function namesOf(items: readonly FormItem[], out = new Set<string>()): Set<string> {
  for (const item of items) {
    out.add(item.name);
    if (item.kind !== "question") namesOf(item.items, out);
  }
  return out;
}

/** One top-level group (or repeat) per page, so that a phone shows one section at a time. */
export function pagesOf(definition: FormDefinition): FormPage[] {
  const pages: FormPage[] = [];
  let loose: FormItem[] = [];
  const flush = () => {
    if (loose.length === 0) return;
    pages.push({ key: `items:${loose[0]?.name}`, items: loose, names: namesOf(loose) });
    loose = [];
  };
  for (const item of definition.items) {
    if (item.kind === "question") {
      loose.push(item);
      continue;
    }
    flush();
    pages.push({ key: `${item.kind}:${item.name}`, title: item.label, items: [item], names: namesOf([item]) });
  }
  flush();
  return pages;
}

/** Questions that show nothing to answer or read: calculations are worked out behind the scenes. */
export function isHidden(item: FormItem): boolean {
  return item.kind === "question" && item.type === "calculate";
}

/** Whether anything on these items is shown now (a relevant repeat counts, so entries can be added). */
export function anyShown(
  items: readonly FormItem[],
  evaluation: Evaluation,
  steps: readonly RepeatStep[] = [],
): boolean {
  return items.some((item) => {
    if (isHidden(item) || !isRelevant(evaluation, pathOf(steps, item.name))) return false;
    return item.kind !== "group" || anyShown(item.items, evaluation, steps);
  });
}

export function pageShown(page: FormPage, evaluation: Evaluation): boolean {
  return anyShown(page.items, evaluation);
}

export function pageErrors(page: FormPage, errors: readonly SubmissionError[]): SubmissionError[] {
  return errors.filter((error) => page.names.has(rootName(error.path)));
}

/**
 * The answers to send: what the screener gave to questions shown now. Answers left behind by a changed
 * earlier answer are dropped (not kept silently in the record), and nothing the form computes is sent.
 * A repeat with a fixed count gets exactly that many entries, as the engine expects.
 */
export function answersToSend(definition: FormDefinition, raw: Answers, evaluation: Evaluation): Answers {
  const walk = (items: readonly FormItem[], steps: RepeatStep[], out: Answers) => {
    const record = recordAt(raw, steps) ?? {};
    for (const item of items) {
      const path = pathOf(steps, item.name);
      if (!isRelevant(evaluation, path)) continue;
      if (item.kind === "group") {
        walk(item.items, steps, out);
        continue;
      }
      if (item.kind === "repeat") {
        const count = item.repeatCount
          ? instancesAt(evaluation.values, steps, item.name).length
          : instancesAt(raw, steps, item.name).length;
        if (count === 0) continue;
        out[item.name] = Array.from({ length: count }, (_, index) => {
          const entry: Answers = {};
          walk(item.items, [...steps, { name: item.name, index }], entry);
          return entry;
        });
        continue;
      }
      const computed = item.type === "calculate" || item.type === "note" || item.calculation !== undefined;
      // "" is sent too: it says a question with a default was deliberately left empty.
      if (!computed && record[item.name] !== undefined && record[item.name] !== null)
        out[item.name] = record[item.name];
    }
  };
  const out: Answers = {};
  walk(definition.items, [], out);
  return out;
}
