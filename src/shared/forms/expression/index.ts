export {
  type BinaryOp,
  EXPRESSION_LIMITS,
  type Expr,
  type ExpressionError,
  type ExpressionErrorCode,
  forEachNode,
} from "./ast.js";
export { compileExpr } from "./compile.js";
export { DAY_MS, formatIsoDate, parseDateText, todayDays } from "./dates.js";
export type { Binder, EvalEnv, Fn } from "./env.js";
export { type ContextValue, type ExpressionContext, evaluate } from "./evaluate.js";
export { FUNCTIONS } from "./functions.js";
export { type ParseOptions, type ParseResult, parseExpression } from "./parse.js";
export {
  compare,
  DateValue,
  NodeSet,
  numberToString,
  toBoolean,
  toDate,
  toNumber,
  toText,
  type Value,
} from "./values.js";
