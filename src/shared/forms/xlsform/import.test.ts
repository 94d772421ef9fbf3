// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
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

describe("xlsformToDefinition", () => {
  it("builds the item tree, choice lists, languages and settings", () => {
    const result = xlsformToDefinition({
      survey: sheet(
        ["type", "name", "label::English (en)", "label::Українська (uk)", "hint::English (en)", "relevant", "hxl"],
        ["begin_group", "person", "Person", "Особа", "", "", ""],
        ["select_one country", "country", "Country", "Країна", "Where from", "", "#country"],
        ["select_one region", "region", "Region", "Регіон", "", "${country} != ''", ""],
        ["end_group", "", "", "", "", "", ""],
        ["begin repeat", "legs", "Legs", "", "", "", ""],
        ["integer", "days", "Days", "", "", "", ""],
        ["end repeat", "", "", "", "", "", ""],
      ),
      choices: sheet(
        ["list_name", "name", "label::English (en)", "label::Українська (uk)", "country"],
        ["country", "UA", "Ukraine", "Україна", ""],
        ["region", "kyiv", "Kyiv", "Київ", "UA"],
      ),
      settings: sheet(
        ["form_title", "form_id", "version", "default_language", "instance_name"],
        ["Arrival", "arrival", "2024-06", "Українська (uk)", "concat(${country})"],
      ),
    });
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    expect(result.definition).toEqual({
      formId: "arrival",
      version: "2024-06",
      title: { default: "Arrival" },
      defaultLanguage: "uk",
      languages: [
        { code: "en", name: "English" },
        { code: "uk", name: "Українська" },
      ],
      items: [
        {
          kind: "group",
          name: "person",
          label: { en: "Person", uk: "Особа" },
          items: [
            {
              kind: "question",
              type: "select_one",
              name: "country",
              listName: "country",
              label: { en: "Country", uk: "Країна" },
              hint: { en: "Where from" },
              hxl: "#country",
            },
            {
              kind: "question",
              type: "select_one",
              name: "region",
              listName: "region",
              label: { en: "Region", uk: "Регіон" },
              relevant: "${country} != ''",
            },
          ],
        },
        {
          kind: "repeat",
          name: "legs",
          label: { en: "Legs" },
          items: [{ kind: "question", type: "integer", name: "days", label: { en: "Days" } }],
        },
      ],
      choiceLists: {
        country: [{ name: "UA", label: { en: "Ukraine", uk: "Україна" } }],
        region: [{ name: "kyiv", label: { en: "Kyiv", uk: "Київ" }, properties: { country: "UA" } }],
      },
      settings: { instance_name: "concat(${country})" },
    });
    expect(result.source.fieldRows.get("days")).toBe(7);
  });

  it("reads a bare label as the default language and label:Name as a language", () => {
    const result = xlsformToDefinition({
      survey: sheet(["type", "name", "label", "label:Polski"], ["text", "a", "A", "Ala"]),
      settings,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.definition.languages).toEqual([{ code: "default" }, { code: "pl", name: "Polski" }]);
    expect(result.definition.defaultLanguage).toBe("default");
    expect(result.definition.items[0]).toMatchObject({ label: { default: "A", pl: "Ala" } });
  });

  it("normalises yes/no spellings and keeps expressions in required", () => {
    const result = xlsformToDefinition({
      survey: sheet(
        ["type", "name", "label", "required", "read_only"],
        ["text", "a", "A", "TRUE", "yes"],
        ["text", "b", "B", "no", "false"],
        ["text", "c", "C", "${a} = 'x'", ""],
      ),
      settings,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const [a, b, c] = result.definition.items;
    expect(a).toMatchObject({ required: "yes", readOnly: true });
    expect(b).not.toHaveProperty("required");
    expect(b).not.toHaveProperty("readOnly");
    expect(c).toMatchObject({ required: "${a} = 'x'" });
  });

  it("reports each unsupported or unknown type at its row and column, and warns on device metadata", () => {
    const types = ["image", "audio", "barcode", "range", "geotrace", "datetime", "select_one_from_file x.csv"];
    const result = xlsformToDefinition({
      survey: sheet(
        ["type", "name", "label"],
        ["text", "ok", "OK"],
        ...types.map((type, index) => [type, `q${index}`, "Q"]),
        ["select_one yes_no or_other", "other", "O"],
        ["start", "start", ""],
        ["deviceid", "device", ""],
        ["whatever", "w", "W"],
      ),
      choices: sheet(["list_name", "name", "label"], ["yes_no", "yes", "Yes"]),
      settings,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const detailAt = (code: string) =>
      result.issues.filter((issue) => issue.code === code).map((issue) => [issue.row, issue.column, issue.detail]);
    expect(detailAt("unsupported_type")).toEqual([
      ...types.map((type, index) => [index + 3, "type", type.split(" ")[0]]),
      [10, "type", "or_other"],
    ]);
    expect(detailAt("unsupported_metadata")).toEqual([
      [11, "type", "start"],
      [12, "type", "deviceid"],
    ]);
    expect(result.issues.filter((issue) => issue.code === "unsupported_metadata")[0]?.severity).toBe("warning");
    expect(detailAt("unknown_type")).toEqual([[13, "type", "whatever"]]);
  });

  it("reports unbalanced groups and repeats", () => {
    const issues = issuesOf({
      survey: sheet(
        ["type", "name", "label"],
        ["end_group", "", ""],
        ["begin_group", "g", "G"],
        ["text", "a", "A"],
        ["end_repeat", "", ""],
        ["begin_repeat", "r", "R"],
        ["text", "b", "B"],
      ),
      settings,
    });
    expect(issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ["unmatched_end", 2, "type"],
      ["mismatched_end", 5, "type"],
      ["unclosed_repeat", 6, "type"],
    ]);
  });

  it("reports missing, invalid and duplicate names and a row without a type", () => {
    const issues = issuesOf({
      survey: sheet(
        ["type", "name", "label"],
        ["text", "", "No name"],
        ["text", "1st", "Bad"],
        ["text", "a", "A"],
        ["integer", "a", "Again"],
        ["", "b", "Typeless"],
      ),
      settings,
    });
    expect(issues.map((issue) => [issue.code, issue.row, issue.column, issue.detail])).toEqual([
      ["missing_name", 2, "name", undefined],
      ["invalid_name", 3, "name", "1st"],
      ["duplicate_name", 5, "name", "a"],
      ["missing_type", 6, "type", undefined],
    ]);
  });

  it("reports choice problems and selects of unknown lists", () => {
    const issues = issuesOf({
      survey: sheet(
        ["type", "name", "label"],
        ["select_one colours", "c", "C"],
        ["select_multiple nowhere", "n", "N"],
        ["select_one", "x", "X"],
      ),
      choices: sheet(
        ["list_name", "name", "label"],
        ["colours", "red", "Red"],
        ["colours", "red", "Red again"],
        ["", "blue", "Blue"],
        ["colours", "", "Nameless"],
        ["colours", "green", ""],
      ),
      settings,
    });
    expect(issues.map((issue) => [issue.sheet, issue.code, issue.row, issue.column, issue.severity])).toEqual([
      ["survey", "missing_list_name", 4, "type", "error"],
      ["choices", "duplicate_choice", 3, "name", "error"],
      ["choices", "missing_list_name", 4, "list_name", "error"],
      ["choices", "missing_name", 5, "name", "error"],
      ["choices", "missing_label", 6, "label", "warning"],
      ["survey", "unknown_list", 3, "type", "error"],
    ]);
  });

  it("warns on unknown and media columns, refuses duplicate ones and ignores Kobo row ids", () => {
    const issues = issuesOf({
      survey: sheet(
        ["type", "name", "label", "media::image::English (en)", "audio", "guidance_hint", "$kuid", "label"],
        ["text", "a", "A", "a.png", "a.mp3", "more", "x1y2", ""],
      ),
      settings,
    });
    expect(issues.map((issue) => [issue.code, issue.row, issue.column, issue.severity])).toEqual([
      ["media_not_supported", 1, "media::image::English (en)", "warning"],
      ["media_not_supported", 1, "audio", "warning"],
      ["unknown_column", 1, "guidance_hint", "warning"],
      ["duplicate_column", 1, "label", "error"],
    ]);
  });

  it("warns when a column means nothing for a row's type, and refuses a non-boolean read_only", () => {
    const issues = issuesOf({
      survey: sheet(
        ["type", "name", "label", "constraint", "choice_filter", "repeat_count", "read_only"],
        ["begin_group", "g", "G", ". > 1", "", "3", ""],
        ["text", "t", "T", "", "x = 1", "", "maybe"],
        ["end_group", "", "", "", "", "", ""],
      ),
      settings,
    });
    expect(issues.map((issue) => [issue.code, issue.row, issue.column, issue.severity])).toEqual([
      ["column_not_applicable", 2, "constraint", "warning"],
      ["column_not_applicable", 2, "repeat_count", "warning"],
      ["column_not_applicable", 3, "choice_filter", "warning"],
      ["invalid_value", 3, "read_only", "error"],
    ]);
  });

  it("requires a calculation on calculate rows", () => {
    const issues = issuesOf({ survey: sheet(["type", "name"], ["calculate", "total"]), settings });
    expect(issues).toEqual([
      { sheet: "survey", code: "missing_calculation", row: 2, column: "calculation", severity: "error" },
    ]);
  });

  it("reports an empty survey and missing columns", () => {
    expect(issuesOf({ survey: sheet(["type", "name"]), settings }).map((issue) => issue.code)).toEqual(["empty_sheet"]);
    expect(issuesOf({ survey: sheet(["label"], ["Hello"]), settings }).map((issue) => issue.column)).toEqual([
      "type",
      "name",
    ]);
  });

  it("reads settings: fallbacks, an unknown default language, a bad form_id and extra rows", () => {
    const fallback = xlsformToDefinition(
      { survey: sheet(["type", "name", "label::English (en)"], ["text", "a", "A"]) },
      { fallbackFormId: "from_file" },
    );
    if (!fallback.ok) throw new Error(JSON.stringify(fallback.issues));
    expect(fallback.definition).toMatchObject({ formId: "from_file", version: "1", title: { default: "from_file" } });
    expect(fallback.definition.defaultLanguage).toBe("en");
    expect(fallback.warnings.map((issue) => issue.code)).toEqual(["missing_form_id"]);

    const issues = issuesOf({
      survey: sheet(["type", "name", "label::English (en)"], ["text", "a", "A"]),
      settings: sheet(["form_id", "default_language"], ["bad id", "Esperanto"], ["other", ""]),
    });
    expect(issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ["extra_settings_row", 3, undefined],
      ["invalid_form_id", 2, "form_id"],
      ["unknown_default_language", 2, "default_language"],
    ]);
  });

  it("finds the default language by code, name or column suffix", () => {
    for (const written of ["ru", "Русский", "Русский (ru)", "Russian"]) {
      const result = xlsformToDefinition({
        survey: sheet(["type", "name", "label::English (en)", "label::Русский (ru)"], ["text", "a", "A", "А"]),
        settings: sheet(["form_id", "default_language"], ["f", written]),
      });
      expect(result.ok && result.definition.defaultLanguage).toBe("ru");
    }
  });
});
