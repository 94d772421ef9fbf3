import type { Expr } from "./ast.js";
import type { Value } from "./values.js";

/** What every evaluation environment provides to today() and now(). */
export interface EvalEnv {
  /** Day number of the current local date (see dates.ts). */
  today(): number;
  /** Fractional day number of the current instant. */
  now(): number;
}

/** A compiled expression: a closure over the tree, called with an environment. */
export type Fn<E extends EvalEnv> = (env: E) => Value;

/**
 * Connects names in an expression to values. The engine binds `${name}` to slots of its
 * evaluation state once, at compile time, so evaluation never looks names up by string.
 */
export interface Binder<E extends EvalEnv> {
  ref(node: Extract<Expr, { kind: "ref" }>): Fn<E>;
  current(node: Extract<Expr, { kind: "current" }>): Fn<E>;
  prop(node: Extract<Expr, { kind: "prop" }>): Fn<E>;
  /** position(): 1-based index of the current repeat instance. */
  position(): (env: E) => number;
  /** jr:choice-name(value, '${field}'): the label of a choice of that field's list. */
  choiceName(env: E, field: string, choice: string): string;
}
