/**
 * XLSForm / ODK XPath expression grammar (the subset forms use: `${name}` references, `.`,
 * literals, arithmetic, comparison, boolean operators and function calls).
 *
 * Binary operators are written as iterations rather than left recursion so that a long
 * chain such as `${a} + ${b} + …` gives a flat parse tree instead of a deep one.
 * Bare names (`country`) exist only for choice_filter, where they name a column of the
 * choices sheet; elsewhere the parser rejects them.
 */
export const XPATH_GRAMMAR = String.raw`
XPath {
  Exp = OrExp

  OrExp = AndExp (or AndExp)*
  AndExp = EqExp (and EqExp)*
  EqExp = RelExp (eqOp RelExp)*
  RelExp = AddExp (relOp AddExp)*
  AddExp = MulExp (addOp MulExp)*
  MulExp = UnaryExp (mulOp UnaryExp)*
  UnaryExp = "-"* Primary

  Primary = "(" Exp ")"  -- paren
          | Call
          | ref
          | number
          | string
          | current
          | bareName

  Call = funcName "(" ListOf<Exp, ","> ")"

  ref = "$" "{" name "}"
  name = nameStart nameChar*
  nameStart = "a".."z" | "A".."Z" | "_"
  nameChar = nameStart | digit | "." | "-"

  funcName = nameStart funcChar*
  funcChar = nameStart | digit | "-" | ":"
  bareName = ~keyword funcName

  keyword = ("or" | "and" | "div" | "mod") ~funcChar

  number = digits exponent?
  digits = digit+ ("." digit*)?  -- whole
         | "." digit+             -- fraction
  exponent = ("e" | "E") ("+" | "-")? digit+

  string = "'" (~"'" any)* "'"    -- single
         | "\"" (~"\"" any)* "\"" -- double

  current = "." ~("." | digit)

  or = "or" ~funcChar
  and = "and" ~funcChar
  eqOp = "!=" | "="
  relOp = "<=" | ">=" | "<" | ">"
  addOp = "+" | "-"
  mulOp = "*" | div | mod
  div = "div" ~funcChar
  mod = "mod" ~funcChar
}
`;
