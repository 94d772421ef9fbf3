/** Parsed expression tree. `offset` is the character position in the source, for messages. */
export type BinaryOp = "or" | "and" | "=" | "!=" | "<" | "<=" | ">" | ">=" | "+" | "-" | "*" | "div" | "mod";

export type Expr =
  | { kind: "number"; value: number; offset: number }
  | { kind: "string"; value: string; offset: number }
  /** `${name}` */
  | { kind: "ref"; name: string; offset: number }
  /** `.`, the value of the question the expression belongs to. */
  | { kind: "current"; offset: number }
  /** A bare name: a column of the choices sheet inside a choice_filter. */
  | { kind: "prop"; name: string; offset: number }
  | { kind: "negate"; operand: Expr; offset: number }
  | { kind: "binary"; op: BinaryOp; left: Expr; right: Expr; offset: number }
  /** `regex` holds the pattern of regex(), compiled once when the expression is parsed. */
  | { kind: "call"; name: string; args: Expr[]; offset: number; regex?: RegExp };

export type ExpressionErrorCode =
  | "syntax"
  | "too_long"
  | "too_deep"
  | "unknown_function"
  | "wrong_arity"
  | "bad_regex"
  | "unsafe_regex";

/** `detail` is data (a function name, the expected token), never a sentence. */
export interface ExpressionError {
  code: ExpressionErrorCode;
  offset?: number;
  detail?: string;
}

export const EXPRESSION_LIMITS = {
  /** Longest accepted source, in characters. */
  length: 10_000,
  /** Deepest accepted nesting of parentheses, calls and unary minus signs. */
  depth: 64,
} as const;

/**
 * Visits every node without recursion, so that even a tree built from a long operator
 * chain (thousands of `+`) is walked safely.
 */
export function forEachNode(root: Expr, visit: (node: Expr) => void): void {
  const stack: Expr[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    visit(node);
    if (node.kind === "binary") stack.push(node.right, node.left);
    else if (node.kind === "negate") stack.push(node.operand);
    else if (node.kind === "call") for (let i = node.args.length - 1; i >= 0; i--) stack.push(node.args[i] as Expr);
  }
}
