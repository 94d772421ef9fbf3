import type { Answers } from "../../forms/definition.js";
import type { CompiledForm } from "../../forms/engine/types.js";
import { delphiIndicator } from "../delphi/lists.js";
import { assessDelphi, type DelphiAssessment } from "../delphi/rule.js";
import type { DelphiListId } from "../delphi/types.js";
import { answersOf, type Condition, compileCondition } from "./condition.js";
import type { DelphiLink } from "./schema.js";
import type { FlagAnswer, ScoringIssue } from "./types.js";

type Source =
  | { kind: "select_multiple"; field: string; indicatorByChoice: ReadonlyMap<string, string> }
  | { kind: "answer"; field: string; indicator: string; value: string };

interface LinkedList {
  list: DelphiListId;
  when: Condition;
  sources: Source[];
  fields: string[];
}

export interface DelphiRun {
  assessment: DelphiAssessment;
  /** The indicator questions of the assessed list that were answered. */
  answers: FlagAnswer[];
}

export type DelphiRunner = (values: Answers) => DelphiRun | undefined;

/** Checks the link against the form (fields, choice names, indicator ids) and returns its runner. */
export function compileDelphiLink(
  form: CompiledForm,
  link: DelphiLink,
  issues: ScoringIssue[],
): DelphiRunner | undefined {
  const before = issues.length;
  const linked: LinkedList[] = [];
  const seenLists = new Set<DelphiListId>();
  link.lists.forEach((entry, i) => {
    const path = `delphi.lists[${i}]`;
    if (seenLists.has(entry.list)) issues.push({ path, code: "duplicate_list", params: { list: entry.list } });
    seenLists.add(entry.list);
    const when = compileCondition(form, entry.when, `${path}.when`, issues);
    const sources = entry.sources.flatMap((source, j) => {
      const compiled = compileSource(form, entry.list, source, `${path}.sources[${j}]`, issues);
      return compiled ? [compiled] : [];
    });
    if (when) linked.push({ list: entry.list, when, sources, fields: [...new Set(sources.map((s) => s.field))] });
  });
  if (issues.length > before) return undefined;

  return (values) => {
    const chosen = linked.find((entry) => entry.when.test(values));
    if (!chosen) return undefined;
    const present: string[] = [];
    for (const source of chosen.sources) {
      const value = values[source.field];
      if (source.kind === "answer") {
        if (value === source.value) present.push(source.indicator);
      } else if (Array.isArray(value)) {
        for (const choice of value) {
          const indicator = typeof choice === "string" ? source.indicatorByChoice.get(choice) : undefined;
          if (indicator) present.push(indicator);
        }
      }
    }
    return { assessment: assessDelphi(chosen.list, present), answers: answersOf(values, chosen.fields) };
  };
}

function compileSource(
  form: CompiledForm,
  list: DelphiListId,
  source: DelphiLink["lists"][number]["sources"][number],
  path: string,
  issues: ScoringIssue[],
): Source | undefined {
  const field = form.fields.get(source.field);
  if (field?.kind !== "question") {
    issues.push({ path: `${path}.field`, code: "unknown_field", params: { field: source.field } });
    return undefined;
  }
  const choices = field.listName ? (form.definition.choiceLists[field.listName] ?? []) : [];
  if (source.kind === "select_multiple") {
    if (field.type !== "select_multiple") {
      issues.push({ path: `${path}.field`, code: "not_select_multiple", params: { field: source.field } });
      return undefined;
    }
    const indicatorByChoice = new Map<string, string>();
    for (const choice of choices) {
      const id = `${list}.${source.dimension}.${choice.name}`;
      if (delphiIndicator(id)) indicatorByChoice.set(choice.name, id);
      else issues.push({ path: `${path}.field`, code: "unknown_indicator", params: { id, list } });
    }
    return { kind: "select_multiple", field: source.field, indicatorByChoice };
  }
  if (delphiIndicator(source.indicator)?.list !== list) {
    issues.push({ path: `${path}.indicator`, code: "unknown_indicator", params: { id: source.indicator, list } });
    return undefined;
  }
  if (field.type !== "select_one" || !choices.some((choice) => choice.name === source.value)) {
    issues.push({ path: `${path}.value`, code: "not_yes_no", params: { field: source.field, value: source.value } });
    return undefined;
  }
  return { kind: "answer", field: source.field, indicator: source.indicator, value: source.value };
}
