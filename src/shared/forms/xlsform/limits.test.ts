import { describe, expect, it } from "vitest";
import { sheetFromGrid } from "./grid.js";
import { xlsformToDefinition } from "./import.js";
import type { SheetRows, XlsformIssue, XlsformSheets } from "./types.js";

const sheet = (header: string[], ...rows: string[][]): SheetRows => sheetFromGrid(header, rows);

function issuesOf(sheets: XlsformSheets): XlsformIssue[] {
  const result = xlsformToDefinition(sheets);
  return result.ok ? result.warnings : result.issues;
}

const settings = sheet(["form_title", "form_id", "version"], ["Test", "test", "3"]);

describe("xlsformToDefinition against oversized or hostile sheets", () => {
  it("refuses sheets over the row limits before reading them", () => {
    const many = (count: number) => Array.from({ length: count }, (_, index) => ["text", `q${index}`, "Q"]);
    expect(issuesOf({ survey: sheet(["type", "name", "label"], ...many(5_001)) })).toEqual([
      { sheet: "survey", code: "too_many_rows", detail: "5000", severity: "error" },
    ]);
    const choices = Array.from({ length: 20_001 }, (_, index) => ["l", `c${index}`, "C"]);
    expect(
      issuesOf({
        survey: sheet(["type", "name"], ["text", "a"]),
        choices: sheet(["list_name", "name", "label"], ...choices),
      }),
    ).toEqual([{ sheet: "choices", code: "too_many_rows", detail: "20000", severity: "error" }]);
  });

  it("reports an over-long cell and caps a list at 5,000 choices", () => {
    const issues = issuesOf({
      survey: sheet(["type", "name", "label"], ["text", "a", "x".repeat(20_001)], ["select_one big", "b", "B"]),
      choices: sheet(
        ["list_name", "name", "label"],
        ...Array.from({ length: 5_001 }, (_, index) => ["big", `c${index}`, "C"]),
      ),
      settings,
    });
    expect(issues.filter((issue) => issue.severity === "error")).toEqual([
      { sheet: "survey", code: "cell_too_long", row: 2, column: "label", detail: "20000", severity: "error" },
      {
        sheet: "choices",
        code: "too_many_choices",
        row: 5_002,
        column: "list_name",
        detail: "5000",
        severity: "error",
      },
    ]);
  });

  it("caps the number of issues reported", () => {
    const rows = Array.from({ length: 600 }, () => ["image", "", ""]);
    const issues = issuesOf({ survey: sheet(["type", "name", "label"], ...rows), settings });
    expect(issues).toHaveLength(501);
    // 600 unsupported rows and one "no_questions": the last 101 are counted, not listed.
    expect(issues.at(-1)).toMatchObject({ code: "too_many_issues", detail: "101", severity: "error" });
  });

  it("keeps names that collide with object internals as ordinary data", () => {
    const result = xlsformToDefinition({
      survey: sheet(["type", "name", "label", "constructor"], ["select_one __proto__", "a", "A", ""]),
      choices: sheet(["list_name", "name", "label", "constructor"], ["__proto__", "x", "X", "y"]),
      settings,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(Object.entries(result.definition.choiceLists)).toEqual([
      ["__proto__", [{ name: "x", label: { default: "X" }, properties: { constructor: "y" } }]],
    ]);
    expect(Object.getPrototypeOf(result.definition.choiceLists)).toBe(Object.prototype);
    expect(result.warnings.map((issue) => issue.code)).toEqual(["unknown_column"]);
  });
});
