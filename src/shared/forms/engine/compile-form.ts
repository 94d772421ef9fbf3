import type { Choice, FormDefinition, LocalizedText } from "../definition.js";
import { compileExpr, type Fn, FUNCTIONS, parseExpression } from "../expression/index.js";
import { acceptAnswer, Rejection } from "./answers.js";
import { type BindContext, instancesNode, makeBinder, relevanceNode, valueNode } from "./binder.js";
import { components } from "./graph.js";
import { buildStructure, type ChoiceList, type Env, type ItemDef, type ScopeDef } from "./model.js";
import { createEvaluator, type Step } from "./runtime.js";
import type { CompileFormResult, FieldInfo, FormIssue, FormIssueProperty } from "./types.js";

function pickLabel(label: LocalizedText, language: string): string {
  return label[language] ?? label.default ?? Object.values(label)[0] ?? "";
}

function buildLists(def: FormDefinition, issues: FormIssue[]): Map<string, ChoiceList> {
  const lists = new Map<string, ChoiceList>();
  for (const [name, choices] of Object.entries(def.choiceLists)) {
    const seen = new Set<string>();
    for (const choice of choices) {
      if (seen.has(choice.name))
        issues.push({ path: name, property: "list_name", code: "duplicate_choice", detail: choice.name });
      seen.add(choice.name);
    }
    const byName = new Map(choices.map((choice) => [choice.name, choice] as const));
    lists.set(name, { name, choices, names: Object.freeze([...seen]), set: seen, byName });
  }
  return lists;
}

/** "yes"/"true()" and "no"/"false()" as XLSForm writes them; anything else is an expression. */
function requiredSetting(source: string | undefined): boolean | string {
  const text = (source ?? "").trim();
  const lower = text.toLowerCase();
  if (["yes", "true", "true()"].includes(lower)) return true;
  if (["", "no", "false", "false()"].includes(lower)) return false;
  return text;
}

/** A default is an expression when it references a field or calls a known function (as pyxform decides). */
function isDynamicDefault(text: string): boolean {
  const call = /^\s*([A-Za-z][\w:-]*)\s*\(/.exec(text);
  return text.includes("${") || (call !== null && FUNCTIONS.has(call[1] as string));
}

/** Compiles a form definition once; all problems are collected, not just the first. */
export function compileForm(def: FormDefinition): CompileFormResult {
  const issues: FormIssue[] = [];
  const structure = buildStructure(def, issues);
  const order = new Map(structure.items.map((item, i) => [item, i] as const));
  const lists = buildLists(def, issues);
  const labels = new Map<string, Map<string, string>>();
  const labelOf = (field: string, choice: string): string => {
    const list = structure.byName.get(field)?.list;
    if (!list) return "";
    let byName = labels.get(list.name);
    if (!byName) {
      byName = new Map(list.choices.map((c: Choice) => [c.name, pickLabel(c.label, def.defaultLanguage)]));
      labels.set(list.name, byName);
    }
    return byName.get(choice) ?? "";
  };
  const edges: number[][] = Array.from({ length: structure.items.length * 3 }, () => []);
  const edgesOf = (node: number) => edges[node] as number[];

  const expression = (
    item: ItemDef,
    property: FormIssueProperty,
    source: string,
    node: number | null,
    allowBareNames = false,
  ): Fn<Env> | undefined => {
    const parsed = parseExpression(source, { allowBareNames });
    if (!parsed.ok) {
      issues.push({ path: item.name, property, ...parsed.error });
      return undefined;
    }
    const ctx: BindContext = {
      structure,
      order,
      home: item,
      scope: item.scope,
      problems: [],
      deps: new Set(),
      labels: labelOf,
    };
    const fn = compileExpr(parsed.ast, makeBinder(ctx));
    for (const problem of ctx.problems) issues.push({ path: item.name, property, ...problem });
    if (node !== null) for (const dep of ctx.deps) edgesOf(node).push(dep);
    return ctx.problems.length > 0 ? undefined : fn;
  };

  for (const item of structure.items) {
    const r = relevanceNode(item, order);
    const container = item.container;
    if (container) {
      edgesOf(r).push(container.kind === "repeat" ? instancesNode(container, order) : relevanceNode(container, order));
    }
    const source = item.item;
    if (source.relevant) item.relevant = expression(item, "relevant", source.relevant, r);
    if (source.kind === "repeat") {
      const m = instancesNode(item, order);
      edgesOf(m).push(r);
      if (source.repeatCount) item.repeatCount = expression(item, "repeat_count", source.repeatCount, m);
      continue;
    }
    const question = item.question;
    if (!question) continue;
    const v = valueNode(item, order);
    edgesOf(v).push(r);
    const isSelect = question.type === "select_one" || question.type === "select_multiple";
    if (isSelect) {
      if (!question.listName) issues.push({ path: item.name, property: "list_name", code: "missing_list_name" });
      else {
        item.list = lists.get(question.listName) ?? null;
        if (!item.list) {
          issues.push({
            path: item.name,
            property: "list_name",
            code: "unknown_choice_list",
            detail: question.listName,
          });
        }
      }
    }
    if (question.calculation) item.calculation = expression(item, "calculation", question.calculation, v);
    else if (question.type === "calculate") {
      issues.push({ path: item.name, property: "calculation", code: "missing_calculation" });
    }
    if (question.constraint) item.constraint = expression(item, "constraint", question.constraint, null);
    if (question.choiceFilter) {
      if (isSelect) item.choiceFilter = expression(item, "choice_filter", question.choiceFilter, null, true);
      else issues.push({ path: item.name, property: "choice_filter", code: "not_a_select" });
    }
    const required = requiredSetting(question.required);
    item.required = typeof required === "boolean" ? required : (expression(item, "required", required, null) ?? false);
    if (question.default !== undefined && question.default !== "" && !item.computed) {
      if (isDynamicDefault(question.default)) item.defaultFn = expression(item, "default", question.default, v);
      else {
        const accepted = acceptAnswer(question.type, question.default, item.list);
        if (accepted instanceof Rejection) issues.push({ path: item.name, property: "default", code: accepted.code });
        else item.defaultValue = accepted;
      }
    }
  }

  const roots = edges.map((_, i) => i);
  const steps: Step[] = [];
  for (const component of components(edges.length, edges, roots)) {
    const first = component[0] as number;
    if (component.length > 1 || edgesOf(first).includes(first)) {
      issues.push(...cycleIssues(component, structure.items));
      continue;
    }
    const item = structure.items[Math.floor(first / 3)] as ItemDef;
    const kind = first % 3;
    if (kind === 0) steps.push({ kind: "relevance", item });
    else if (kind === 1 && item.kind === "question") steps.push({ kind: "value", item });
    else if (kind === 2 && item.kind === "repeat") steps.push({ kind: "instances", item });
  }
  if (issues.length > 0) return { ok: false, issues };

  const fields = new Map<string, FieldInfo>();
  for (const item of structure.items) {
    const repeats: string[] = [];
    for (let s: ScopeDef | null = item.scope; s?.repeat; s = s.parent) repeats.unshift(s.repeat.name);
    const info: FieldInfo = { name: item.name, kind: item.kind, repeats, computed: item.computed };
    if (item.question) {
      info.type = item.question.type;
      if (item.question.listName) info.listName = item.question.listName;
    }
    fields.set(item.name, info);
  }
  return {
    ok: true,
    form: {
      definition: def,
      fieldNames: structure.items.map((item) => item.name),
      fields,
      evaluate: createEvaluator(structure, steps),
    },
  };
}

function cycleIssues(component: number[], items: readonly ItemDef[]): FormIssue[] {
  const names = [...new Set(component.map((n) => (items[Math.floor(n / 3)] as ItemDef).name))];
  const detail = names.join(",");
  const out: FormIssue[] = [];
  const reported = new Set<string>();
  for (const node of component) {
    const item = items[Math.floor(node / 3)] as ItemDef;
    const kind = node % 3;
    let property: FormIssueProperty | undefined;
    if (kind === 0 && item.item.relevant) property = "relevant";
    else if (kind === 1 && item.question?.calculation) property = "calculation";
    else if (kind === 1 && item.defaultFn) property = "default";
    else if (kind === 2) property = "repeat_count";
    if (!property || reported.has(`${item.name}:${property}`)) continue;
    reported.add(`${item.name}:${property}`);
    out.push({ path: item.name, property, code: "calculation_cycle", detail });
  }
  // Fields on the cycle only through their enclosing group still get named.
  for (const name of names) {
    if (!out.some((issue) => issue.path === name)) out.push({ path: name, code: "calculation_cycle", detail });
  }
  return out;
}
