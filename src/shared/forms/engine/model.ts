import { type Choice, type FormDefinition, type FormItem, QUESTION_TYPES, type Question } from "../definition.js";
import type { Fn, Value } from "../expression/index.js";
import type { FormIssue } from "./types.js";

/** A repeat instance or the form itself, as it lives during one evaluation. */
export interface Inst {
  scope: ScopeDef;
  parent: Inst | null;
  /** 0-based position in its repeat. */
  index: number;
  /** "" for the form, "household[0]." for a repeat instance. */
  prefix: string;
  raw: Record<string, unknown>;
  /** Expression value of each item slot ("" when empty or not relevant). */
  values: Value[];
  relevant: boolean[];
  /** Slots whose answer was refused, so that "required" is not reported on top (rare, so made on demand). */
  rejected: Set<number> | null;
  /** Instances of each nested repeat, by repeat slot. */
  repeats: Inst[][];
}

export interface Env {
  inst: Inst;
  choice: Choice | null;
  today(): number;
  now(): number;
}

export interface ChoiceList {
  name: string;
  choices: readonly Choice[];
  names: readonly string[];
  set: ReadonlySet<string>;
  byName: ReadonlyMap<string, Choice>;
}

/** Everything that lives at one level of repetition: the form, or the inside of one repeat. */
export interface ScopeDef {
  id: number;
  repeat: ItemDef | null;
  parent: ScopeDef | null;
  depth: number;
  items: ItemDef[];
  /** Nested repeats whose instances hang off this scope's instances. */
  repeats: ItemDef[];
  /** Names an answer object of this scope may hold: its questions and nested repeats. */
  answerable: Map<string, ItemDef>;
}

export interface ItemDef {
  name: string;
  kind: "question" | "group" | "repeat";
  item: FormItem;
  question: Question | null;
  scope: ScopeDef;
  slot: number;
  container: ItemDef | null;
  /** Slot of the enclosing group in the same scope, or -1. */
  containerSlot: number;
  /** For a repeat: its inside, and its index in scope.repeats. */
  inner: ScopeDef | null;
  repeatSlot: number;
  /** Reading this name from a plain object could reach Object.prototype ("toString"). */
  inherited: boolean;
  list: ChoiceList | null;
  computed: boolean;
  relevant?: Fn<Env>;
  calculation?: Fn<Env>;
  constraint?: Fn<Env>;
  required: boolean | Fn<Env>;
  choiceFilter?: Fn<Env>;
  defaultValue?: Value;
  defaultFn?: Fn<Env>;
  repeatCount?: Fn<Env>;
}

export interface Structure {
  root: ScopeDef;
  scopes: ScopeDef[];
  /** Every item, in document order. */
  items: ItemDef[];
  byName: Map<string, ItemDef>;
}

/** Deeper group nesting than this is refused: forms never need it and it would strain recursion. */
const MAX_ITEM_DEPTH = 64;

function newScope(id: number, repeat: ItemDef | null, parent: ScopeDef | null): ScopeDef {
  return {
    id,
    repeat,
    parent,
    depth: parent ? parent.depth + 1 : 0,
    items: [],
    repeats: [],
    answerable: new Map(),
  };
}

/** Lays the items out in scopes and slots, reporting duplicate, reserved and too-deep names. */
export function buildStructure(def: FormDefinition, issues: FormIssue[]): Structure {
  const root = newScope(0, null, null);
  const scopes = [root];
  const items: ItemDef[] = [];
  const byName = new Map<string, ItemDef>();

  const visit = (list: readonly FormItem[], scope: ScopeDef, container: ItemDef | null, depth: number): void => {
    for (const item of list) {
      if (depth > MAX_ITEM_DEPTH) {
        issues.push({ path: item.name, property: "name", code: "too_deep" });
        return;
      }
      const def: ItemDef = {
        name: item.name,
        kind: item.kind,
        item,
        question: item.kind === "question" ? item : null,
        scope,
        slot: scope.items.length,
        container,
        containerSlot: container && container.kind === "group" ? container.slot : -1,
        inner: null,
        repeatSlot: -1,
        inherited: item.name in Object.prototype,
        list: null,
        computed: item.kind === "question" && (item.type === "calculate" || item.type === "note" || !!item.calculation),
        required: false,
      };
      if (item.name === "__proto__") issues.push({ path: item.name, property: "name", code: "reserved_name" });
      else if (byName.has(item.name)) {
        issues.push({ path: item.name, property: "name", code: "duplicate_name", detail: item.name });
      } else byName.set(item.name, def);
      scope.items.push(def);
      items.push(def);
      if (item.kind === "question") {
        scope.answerable.set(item.name, def);
        if (!QUESTION_TYPES.includes(item.type))
          issues.push({ path: item.name, property: "type", code: "unknown_type" });
      } else if (item.kind === "group") visit(item.items, scope, def, depth + 1);
      else {
        def.repeatSlot = scope.repeats.length;
        scope.repeats.push(def);
        scope.answerable.set(item.name, def);
        const inner = newScope(scopes.length, def, scope);
        scopes.push(inner);
        def.inner = inner;
        visit(item.items, inner, def, depth + 1);
      }
    }
  };
  visit(def.items, root, null, 0);
  return { root, scopes, items, byName };
}

/** Closest scope that contains both (the form at worst). */
export function commonScope(a: ScopeDef, b: ScopeDef): ScopeDef {
  let x = a;
  let y = b;
  while (x.depth > y.depth) x = x.parent as ScopeDef;
  while (y.depth > x.depth) y = y.parent as ScopeDef;
  while (x !== y) {
    x = x.parent as ScopeDef;
    y = y.parent as ScopeDef;
  }
  return x;
}

/** The repeats to walk down from `from` to reach `to` (which lies inside it). */
export function repeatsBetween(from: ScopeDef, to: ScopeDef): ItemDef[] {
  const path: ItemDef[] = [];
  for (let s: ScopeDef | null = to; s && s !== from; s = s.parent) path.unshift(s.repeat as ItemDef);
  return path;
}
