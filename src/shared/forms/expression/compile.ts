import type { BinaryOp, Expr } from "./ast.js";
import type { Binder, EvalEnv, Fn } from "./env.js";
import { FUNCTIONS } from "./functions.js";
import { type ComparisonOp, compare, toBoolean, toNumber, type Value } from "./values.js";

/**
 * Turns a parsed tree into nested closures. This is the tree walk done once: evaluation
 * then runs the closures with no dispatch on node kinds and no name lookups. Nothing
 * here produces source code, so no expression can reach the JavaScript runtime.
 */
export function compileExpr<E extends EvalEnv>(ast: Expr, binder: Binder<E>): Fn<E> {
  switch (ast.kind) {
    case "number":
    case "string": {
      const value = ast.value;
      return () => value;
    }
    case "ref":
      return binder.ref(ast);
    case "current":
      return binder.current(ast);
    case "prop":
      return binder.prop(ast);
    case "negate":
      return compileNegate(ast, binder);
    case "binary":
      return compileChain(ast, binder);
    case "call": {
      const fn = FUNCTIONS.get(ast.name);
      // parseExpression rejects unknown names; a tree built by hand gets an empty value.
      if (!fn) return () => "";
      const args = ast.args.map((a) => compileExpr(a, binder));
      return fn.compile(args, ast, binder);
    }
  }
}

function compileNegate<E extends EvalEnv>(ast: Expr, binder: Binder<E>): Fn<E> {
  let count = 0;
  let node = ast;
  while (node.kind === "negate") {
    count += 1;
    node = node.operand;
  }
  const operand = compileExpr(node, binder);
  return count % 2 === 1 ? (env) => -toNumber(operand(env)) : (env) => toNumber(operand(env));
}

function arithmetic(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "div":
      return a / b;
    default:
      return a % b;
  }
}

function step<E extends EvalEnv>(op: BinaryOp, left: Value, right: Fn<E>, env: E): Value {
  if (op === "and") return toBoolean(left) && toBoolean(right(env));
  if (op === "or") return toBoolean(left) || toBoolean(right(env));
  if (op === "+" || op === "-" || op === "*" || op === "div" || op === "mod") {
    return arithmetic(op, toNumber(left), toNumber(right(env)));
  }
  return compare(op, left, right(env));
}

function pair<E extends EvalEnv>(op: BinaryOp, left: Fn<E>, right: Fn<E>): Fn<E> {
  switch (op) {
    case "and":
      return (env) => toBoolean(left(env)) && toBoolean(right(env));
    case "or":
      return (env) => toBoolean(left(env)) || toBoolean(right(env));
    case "+":
      return (env) => toNumber(left(env)) + toNumber(right(env));
    case "-":
      return (env) => toNumber(left(env)) - toNumber(right(env));
    case "*":
      return (env) => toNumber(left(env)) * toNumber(right(env));
    case "div":
      return (env) => toNumber(left(env)) / toNumber(right(env));
    case "mod":
      return (env) => toNumber(left(env)) % toNumber(right(env));
    default:
      return comparison(op as ComparisonOp, left, right);
  }
}

/** Comparisons get a fast path when both sides are already numbers or (for = and !=) strings. */
function comparison<E extends EvalEnv>(op: ComparisonOp, left: Fn<E>, right: Fn<E>): Fn<E> {
  switch (op) {
    case "=":
      return (env) => {
        const a = left(env);
        const b = right(env);
        return typeof a === typeof b && (typeof a === "string" || typeof a === "number") ? a === b : compare(op, a, b);
      };
    case "!=":
      return (env) => {
        const a = left(env);
        const b = right(env);
        return typeof a === typeof b && (typeof a === "string" || typeof a === "number") ? a !== b : compare(op, a, b);
      };
    case "<":
      return (env) => {
        const a = left(env);
        const b = right(env);
        return typeof a === "number" && typeof b === "number" ? a < b : compare(op, a, b);
      };
    case "<=":
      return (env) => {
        const a = left(env);
        const b = right(env);
        return typeof a === "number" && typeof b === "number" ? a <= b : compare(op, a, b);
      };
    case ">":
      return (env) => {
        const a = left(env);
        const b = right(env);
        return typeof a === "number" && typeof b === "number" ? a > b : compare(op, a, b);
      };
    default:
      return (env) => {
        const a = left(env);
        const b = right(env);
        return typeof a === "number" && typeof b === "number" ? a >= b : compare(op, a, b);
      };
  }
}

/** Short chains nest closures (fastest); long ones, like a 60-term sum, run as a loop. */
const NESTED_CHAIN = 8;

function compileChain<E extends EvalEnv>(ast: Extract<Expr, { kind: "binary" }>, binder: Binder<E>): Fn<E> {
  // Walk down the left spine without recursion: `a + b + c …` is a left-leaning tree as
  // deep as the chain is long.
  const spine: Extract<Expr, { kind: "binary" }>[] = [];
  let node: Expr = ast;
  while (node.kind === "binary") {
    spine.push(node);
    node = node.left;
  }
  let result = compileExpr(node, binder);
  if (spine.length <= NESTED_CHAIN) {
    for (let i = spine.length - 1; i >= 0; i--) {
      const link = spine[i] as Extract<Expr, { kind: "binary" }>;
      result = pair(link.op, result, compileExpr(link.right, binder));
    }
    return result;
  }
  const ops: BinaryOp[] = [];
  const rights: Fn<E>[] = [];
  for (let i = spine.length - 1; i >= 0; i--) {
    const link = spine[i] as Extract<Expr, { kind: "binary" }>;
    ops.push(link.op);
    rights.push(compileExpr(link.right, binder));
  }
  const first = result;
  return (env) => {
    let value = first(env);
    for (let i = 0; i < ops.length; i++) value = step(ops[i] as BinaryOp, value, rights[i] as Fn<E>, env);
    return value;
  };
}
