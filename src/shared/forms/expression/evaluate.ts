import type { Expr } from "./ast.js";
import { compileExpr } from "./compile.js";
import { DAY_MS, todayDays } from "./dates.js";
import type { Binder, EvalEnv, Fn } from "./env.js";
import type { Value } from "./values.js";

/** Values a context may hand back for a name; null and undefined mean unanswered. */
export type ContextValue = Value | null | undefined;

/** What a stand-alone evaluation needs from its caller. */
export interface ExpressionContext {
  /** The value of `${name}`. */
  ref(name: string): ContextValue;
  /** The value of `.`. */
  current?: ContextValue;
  /** A bare name (choice column) in a choice_filter. */
  prop?(name: string): ContextValue;
  /** "YYYY-MM-DD" used by today(), for reproducible results. */
  today?: string;
  /** Milliseconds since the epoch used by now(). */
  now?: number;
  /** 1-based repeat position for position(). */
  position?: number;
  choiceName?(field: string, choice: string): string;
}

class ContextEnv implements EvalEnv {
  constructor(readonly context: ExpressionContext) {}

  today(): number {
    return todayDays(this.context.today);
  }

  now(): number {
    return (this.context.now ?? Date.now()) / DAY_MS;
  }
}

function orEmpty(value: ContextValue): Value {
  return value === null || value === undefined ? "" : value;
}

const contextBinder: Binder<ContextEnv> = {
  ref: (node) => {
    const name = node.name;
    return (env) => orEmpty(env.context.ref(name));
  },
  current: () => (env) => orEmpty(env.context.current),
  prop: (node) => {
    const name = node.name;
    return (env) => orEmpty(env.context.prop?.(name));
  },
  position: () => (env) => env.context.position ?? 1,
  choiceName: (env, field, choice) => env.context.choiceName?.(field, choice) ?? "",
};

// Trees are immutable once parsed, so their closures can be kept beside them.
const cache = new WeakMap<Expr, Fn<ContextEnv>>();

/** Evaluates a parsed expression against a context (names resolved on each call). */
export function evaluate(ast: Expr, context: ExpressionContext): Value {
  let fn = cache.get(ast);
  if (!fn) {
    fn = compileExpr(ast, contextBinder);
    cache.set(ast, fn);
  }
  return fn(new ContextEnv(context));
}
