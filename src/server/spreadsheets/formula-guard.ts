/**
 * A spreadsheet program opening a CSV runs a cell that starts with =, +, -, @, a tab or a carriage return as
 * a formula (CSV injection): directory text typed by one organisation would run on another's computer.
 * Such cells are written with a leading apostrophe, which spreadsheets show as text, and read back without it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const GUARDED = /^'[=+\-@\t\r]/;

export const guardFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

export const unguardFormula = (text: string): string => (GUARDED.test(text) ? text.slice(1) : text);
