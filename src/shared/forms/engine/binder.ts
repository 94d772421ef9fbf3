import type { Binder, Expr, Fn, Value } from "../expression/index.js";
import { NodeSet } from "../expression/index.js";
import {
  commonScope,
  type Env,
  type Inst,
  type ItemDef,
  repeatsBetween,
  type ScopeDef,
  type Structure,
} from "./model.js";

/** Graph node ids: each item has a relevance node, a value node and (repeats) an instances node. */
export const relevanceNode = (item: ItemDef, index: Map<ItemDef, number>) => (index.get(item) as number) * 3;
export const valueNode = (item: ItemDef, index: Map<ItemDef, number>) => (index.get(item) as number) * 3 + 1;
export const instancesNode = (item: ItemDef, index: Map<ItemDef, number>) => (index.get(item) as number) * 3 + 2;

export interface BindProblem {
  code: "unknown_field" | "group_reference" | "no_current";
  offset: number;
  detail?: string;
}

export interface BindContext {
  structure: Structure;
  order: Map<ItemDef, number>;
  /** The item the expression belongs to; null for an expression of the whole form. */
  home: ItemDef | null;
  /** The scope whose instance is `env.inst` when the expression runs. */
  scope: ScopeDef;
  problems: BindProblem[];
  /** Graph nodes this expression reads. */
  deps: Set<number>;
  labels: (field: string, choice: string) => string;
}

const empty: Fn<Env> = () => "";

function up(inst: Inst, steps: number): Inst {
  let at = inst;
  for (let i = 0; i < steps; i++) at = at.parent as Inst;
  return at;
}

function readSlot(slot: number, steps: number): Fn<Env> {
  if (steps === 0) return (env) => env.inst.values[slot] as Value;
  if (steps === 1) return (env) => (env.inst.parent as Inst).values[slot] as Value;
  return (env) => up(env.inst, steps).values[slot] as Value;
}

/** Values of a field (slot >= 0) or the instances of a repeat (slot -1) under an ancestor instance. */
function readNodeSet(steps: number, path: readonly ItemDef[], slot: number): Fn<Env> {
  const repeatSlots = path.map((r) => r.repeatSlot);
  const collect = (inst: Inst, depth: number, out: Value[]): void => {
    if (depth === repeatSlots.length) {
      out.push(slot < 0 ? "" : (inst.values[slot] as Value));
      return;
    }
    for (const child of inst.repeats[repeatSlots[depth] as number] ?? []) collect(child, depth + 1, out);
  };
  return (env) => {
    const out: Value[] = [];
    collect(up(env.inst, steps), 0, out);
    return new NodeSet(out);
  };
}

/** Connects `${name}` to the slot it names, seen from the expression's own scope. */
function bindRef(ctx: BindContext, node: Extract<Expr, { kind: "ref" }>): Fn<Env> {
  const target = ctx.structure.byName.get(node.name);
  if (!target) {
    ctx.problems.push({ code: "unknown_field", offset: node.offset, detail: node.name });
    return empty;
  }
  if (target.kind === "group") {
    ctx.problems.push({ code: "group_reference", offset: node.offset, detail: node.name });
    return empty;
  }
  if (target.kind === "repeat") {
    ctx.deps.add(instancesNode(target, ctx.order));
    const inner = target.inner as ScopeDef;
    const top = commonScope(ctx.scope, target.scope);
    return readNodeSet(ctx.scope.depth - top.depth, repeatsBetween(top, inner), -1);
  }
  ctx.deps.add(valueNode(target, ctx.order));
  const top = commonScope(ctx.scope, target.scope);
  const steps = ctx.scope.depth - top.depth;
  // Same instance or an enclosing one: a single value. Otherwise the field repeats
  // relative to here, and the reference means all of its values.
  if (top === target.scope) return readSlot(target.slot, steps);
  return readNodeSet(steps, repeatsBetween(top, target.scope), target.slot);
}

export function makeBinder(ctx: BindContext): Binder<Env> {
  return {
    ref: (node) => bindRef(ctx, node),
    current: (node) => {
      const home = ctx.home;
      if (home?.kind !== "question") {
        ctx.problems.push({ code: "no_current", offset: node.offset });
        return empty;
      }
      ctx.deps.add(valueNode(home, ctx.order));
      return readSlot(home.slot, 0);
    },
    prop: (node) => {
      const name = node.name;
      if (name === "name") return (env) => env.choice?.name ?? "";
      return (env) => {
        const properties = env.choice?.properties;
        return properties && Object.hasOwn(properties, name) ? (properties[name] as string) : "";
      };
    },
    position: () => (env) => env.inst.index + 1,
    choiceName: (_env, field, choice) => ctx.labels(field, choice),
  };
}
