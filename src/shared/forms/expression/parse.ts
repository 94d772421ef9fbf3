import * as ohm from "ohm-js";
import safeRegex from "safe-regex2";
import { type BinaryOp, EXPRESSION_LIMITS, type Expr, type ExpressionError, forEachNode } from "./ast.js";
import { FUNCTIONS } from "./functions.js";
import { XPATH_GRAMMAR } from "./grammar.js";

export type ParseResult = { ok: true; ast: Expr; references: string[] } | { ok: false; error: ExpressionError };

export interface ParseOptions {
  /** Accept bare names (choice columns); only choice_filter expressions want this. */
  allowBareNames?: boolean;
}

class ParseFailure extends Error {
  constructor(readonly failure: ExpressionError) {
    super(failure.code);
  }
}

let compiled: { grammar: ohm.Grammar; semantics: ohm.Semantics } | null = null;

function astOf(node: ohm.Node): Expr {
  return node.ast() as Expr;
}

/** Folds `first (op operand)*` to the left, the way XPath associates binary operators. */
function chain(first: ohm.Node, ops: ohm.Node, operands: ohm.Node): Expr {
  let left = astOf(first);
  for (let i = 0; i < ops.numChildren; i++) {
    const opNode = ops.child(i);
    const op = opNode.sourceString as BinaryOp;
    left = { kind: "binary", op, left, right: astOf(operands.child(i)), offset: opNode.source.startIdx };
  }
  return left;
}

function parser(): { grammar: ohm.Grammar; semantics: ohm.Semantics } {
  if (compiled) return compiled;
  const grammar = ohm.grammar(XPATH_GRAMMAR);
  const semantics = grammar.createSemantics().addOperation<Expr>("ast", {
    OrExp: chain,
    AndExp: chain,
    EqExp: chain,
    RelExp: chain,
    AddExp: chain,
    MulExp: chain,
    UnaryExp(minus, primary) {
      if (minus.numChildren > EXPRESSION_LIMITS.depth) {
        throw new ParseFailure({ code: "too_deep", offset: this.source.startIdx });
      }
      let expr = astOf(primary);
      for (let i = minus.numChildren - 1; i >= 0; i--) {
        expr = { kind: "negate", operand: expr, offset: minus.child(i).source.startIdx };
      }
      return expr;
    },
    Primary_paren(_open, inner, _close) {
      return astOf(inner);
    },
    Call(name, _open, list, _close) {
      const args = list.asIteration().children.map(astOf);
      return { kind: "call", name: name.sourceString, args, offset: this.source.startIdx };
    },
    ref(_dollar, _brace, name, _close) {
      return { kind: "ref", name: name.sourceString, offset: this.source.startIdx };
    },
    number(_digits, _exponent) {
      // Beyond Number's range this is Infinity, which the evaluator carries like any number.
      return { kind: "number", value: Number(this.sourceString), offset: this.source.startIdx };
    },
    string(_literal) {
      return { kind: "string", value: this.sourceString.slice(1, -1), offset: this.source.startIdx };
    },
    current(_dot) {
      return { kind: "current", offset: this.source.startIdx };
    },
    bareName(_name) {
      return { kind: "prop", name: this.sourceString, offset: this.source.startIdx };
    },
  });
  compiled = { grammar, semantics };
  return compiled;
}

/**
 * Rejects deep nesting before the recursive-descent parser sees it, so that thousands of
 * nested parentheses give an error instead of exhausting the stack.
 */
function nestingError(source: string): ExpressionError | null {
  let depth = 0;
  let quote = "";
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quote !== "") {
      if (char === quote) quote = "";
    } else if (char === "'" || char === '"') quote = char;
    else if (char === "(") {
      depth += 1;
      if (depth > EXPRESSION_LIMITS.depth) return { code: "too_deep", offset: i };
    } else if (char === ")") depth -= 1;
  }
  return null;
}

function compileRegex(node: Extract<Expr, { kind: "call" }>): void {
  const pattern = node.args[1];
  // Only literal patterns: a pattern built from answers could be crafted to backtrack for
  // minutes (ReDoS), and a literal can be vetted once, here, instead of on every evaluation.
  if (pattern?.kind !== "string") {
    throw new ParseFailure({
      code: "bad_regex",
      offset: pattern?.offset ?? node.offset,
      detail: "pattern_not_literal",
    });
  }
  let regex: RegExp;
  try {
    // Unicode mode gives \p{L} and friends; patterns written for Java that are invalid
    // in that stricter mode (such as "\-" outside a class) still compile without it.
    regex = new RegExp(pattern.value, "u");
  } catch {
    try {
      regex = new RegExp(pattern.value);
    } catch {
      throw new ParseFailure({ code: "bad_regex", offset: pattern.offset, detail: pattern.value });
    }
  }
  if (!safeRegex(regex))
    throw new ParseFailure({ code: "unsafe_regex", offset: pattern.offset, detail: pattern.value });
  node.regex = regex;
}

function check(ast: Expr, options: ParseOptions): string[] {
  const references: string[] = [];
  const seen = new Set<string>();
  forEachNode(ast, (node) => {
    if (node.kind === "ref" && !seen.has(node.name)) {
      seen.add(node.name);
      references.push(node.name);
    } else if (node.kind === "prop" && !options.allowBareNames) {
      throw new ParseFailure({ code: "syntax", offset: node.offset, detail: node.name });
    } else if (node.kind === "call") {
      const fn = FUNCTIONS.get(node.name);
      if (!fn) throw new ParseFailure({ code: "unknown_function", offset: node.offset, detail: node.name });
      if (node.args.length < fn.min || node.args.length > fn.max) {
        throw new ParseFailure({ code: "wrong_arity", offset: node.offset, detail: node.name });
      }
      if (node.name === "regex") compileRegex(node);
    }
  });
  return references;
}

/** Parses an XLSForm expression once into a tree; `references` lists each `${name}` once, in order. */
export function parseExpression(source: string, options: ParseOptions = {}): ParseResult {
  if (source.length > EXPRESSION_LIMITS.length) return { ok: false, error: { code: "too_long" } };
  const deep = nestingError(source);
  if (deep) return { ok: false, error: deep };
  const { grammar, semantics } = parser();
  const match = grammar.match(source);
  if (match.failed()) {
    // The detail is the text where parsing stopped (data for the message), not ohm's English.
    const offset = match.getRightmostFailurePosition();
    const near = source.slice(offset, offset + 20);
    return { ok: false, error: near === "" ? { code: "syntax", offset } : { code: "syntax", offset, detail: near } };
  }
  try {
    const ast = semantics(match).ast() as Expr;
    return { ok: true, ast, references: check(ast, options) };
  } catch (error) {
    if (error instanceof ParseFailure) return { ok: false, error: error.failure };
    throw error;
  }
}
