// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import { describe, expect, it } from "vitest";
import { engineIssueToXlsform } from "./engine-issues.js";
import { sheetFromGrid } from "./grid.js";
import type { XlsformSource } from "./import.js";
import type { SheetRows } from "./types.js";
import { importXlsform } from "./validate.js";

const sheet = (header: string[], ...rows: string[][]): SheetRows => sheetFromGrid(header, rows);

const settings = sheet(["form_id"], ["f"]);
const choices = sheet(["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]);

describe("importXlsform", () => {
  it("accepts a form whose expressions compile", () => {
    const result = importXlsform({
      survey: sheet(
        ["type", "name", "label", "relevant", "calculation"],
        ["select_one yn", "adult", "Adult?", "", ""],
        ["integer", "age", "Age", "${adult} = 'yes'", ""],
        ["calculate", "double", "", "", "${age} * 2"],
      ),
      choices,
      settings,
    });
    expect(result.ok).toBe(true);
  });

  it("reports an expression error at its row and column, with the engine's code and offset", () => {
    const result = importXlsform({
      survey: sheet(
        ["type", "name", "label", "Relevant", "constraint"],
        ["integer", "age", "Age", "", ""],
        ["text", "why", "Why", "${age} >", ""],
        ["text", "who", "Who", "", "${nobody} = 1"],
      ),
      settings,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({ sheet: "survey", row: 3, column: "Relevant", code: "syntax", severity: "error" }),
      expect.objectContaining({
        sheet: "survey",
        row: 4,
        column: "constraint",
        code: "unknown_field",
        detail: "nobody",
      }),
    ]);
    expect(typeof result.issues[0]?.offset).toBe("number");
  });

  it("reports both calculations of a cycle", () => {
    const result = importXlsform({
      survey: sheet(["type", "name", "calculation"], ["calculate", "a", "${b} + 1"], ["calculate", "b", "${a} + 1"]),
      settings,
    });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ["calculation_cycle", 2, "calculation"],
      ["calculation_cycle", 3, "calculation"],
    ]);
  });

  it("reports sheet problems and expression problems of the same upload together, each once", () => {
    const result = importXlsform({
      survey: sheet(
        ["type", "name", "label", "relevant", "choice_filter"],
        ["select_one missing", "pick", "Pick", "", ""],
        ["audio", "voice", "Voice", "", ""],
        ["select_one yn", "ok", "OK", "${voice} != ''", "name = ${ghost}"],
      ),
      choices,
      settings,
    });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ["unknown_list", 2, "type"],
      ["unsupported_type", 3, "type"],
      ["unknown_field", 4, "relevant"],
      ["unknown_field", 4, "choice_filter"],
    ]);
  });
});

describe("engineIssueToXlsform", () => {
  const source: XlsformSource = {
    fieldRows: new Map([["age", 5]]),
    surveyColumns: new Map([["relevant", "Relevant"]]),
    choiceRows: new Map([[JSON.stringify(["yn", "no"]), 9]]),
    settingsRow: 2,
  };

  it("maps fields, settings, choice lists and unknown paths", () => {
    expect(engineIssueToXlsform({ path: "age", property: "relevant", code: "syntax", offset: 3 }, source)).toEqual({
      sheet: "survey",
      row: 5,
      column: "Relevant",
      code: "syntax",
      offset: 3,
      severity: "error",
    });
    expect(engineIssueToXlsform({ path: "age", property: "list_name", code: "unknown_choice_list" }, source)).toEqual({
      sheet: "survey",
      row: 5,
      column: "type",
      code: "unknown_choice_list",
      severity: "error",
    });
    expect(engineIssueToXlsform({ path: "settings", code: "bad_language" }, source)).toEqual({
      sheet: "settings",
      row: 2,
      code: "bad_language",
      severity: "error",
    });
    expect(
      engineIssueToXlsform({ path: "yn", property: "list_name", code: "duplicate_choice", detail: "no" }, source),
    ).toEqual({ sheet: "choices", row: 9, column: "name", code: "duplicate_choice", detail: "no", severity: "error" });
    expect(engineIssueToXlsform({ path: "nowhere", code: "odd" }, source)).toEqual({
      sheet: "survey",
      code: "odd",
      detail: "nowhere",
      severity: "error",
    });
  });
});
