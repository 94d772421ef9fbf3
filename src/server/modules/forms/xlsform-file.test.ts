import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { FormDefinition, FormItem } from "../../../shared/forms/definition.js";
import { type FixtureForm, rowOf } from "./fixtures/fixture-types.js";
import { BROKEN_FORM, REALISTIC_FORMS } from "./fixtures/index.js";
import { readXlsform, writeXlsform } from "./xlsform-file.js";

const fixture = (form: FixtureForm) => readFileSync(new URL(`./fixtures/${form.file}`, import.meta.url));

function flatten(items: FormItem[]): FormItem[] {
  return items.flatMap((item) => (item.kind === "question" ? [item] : [item, ...flatten(item.items)]));
}

async function imported(bytes: Buffer): Promise<FormDefinition> {
  const result = await readXlsform(bytes);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  expect(result.warnings).toEqual([]);
  return result.definition;
}

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(REALISTIC_FORMS)("fixture $file", (form) => {
  it("imports without issues, with every row of the sheet", async () => {
    const definition = await imported(fixture(form));
    expect(definition.formId).toBe(form.settings.form_id);
    expect(definition.version).toBe(String(form.settings.version));
    expect(definition.languages).toEqual([
      { code: "en", name: "English" },
      { code: "uk", name: "Українська" },
      { code: "ru", name: "Русский" },
    ]);
    const items = flatten(definition.items);
    const named = form.survey.filter((row) => row.name);
    expect(items.map((item) => item.name)).toEqual(named.map((row) => row.name));
    for (const row of named) {
      const item = items.find((candidate) => candidate.name === row.name);
      expect(item?.label).toEqual(row.label);
      if (item?.kind === "question") expect(item.constraintMessage).toEqual(row.constraint_message);
      expect(item?.hxl).toBe(row.hxl);
    }
    expect(items.some((item) => item.kind === "repeat" && item.repeatCount)).toBe(true);
    expect(items.some((item) => item.kind === "question" && item.choiceFilter?.includes("country ="))).toBe(true);
    expect(definition.choiceLists.region?.every((choice) => choice.properties?.country)).toBe(true);
    expect(Object.values(definition.choiceLists).flat()).toHaveLength(form.choices.length);
  });

  it("gives back the same definition after writing and reading again", async () => {
    const first = await imported(fixture(form));
    const second = await imported(await writeXlsform(first));
    expect(second).toEqual(first);
  });
});

describe("the broken fixture", () => {
  it("reports each problem at its sheet, row and column", async () => {
    const result = await readXlsform(fixture(BROKEN_FORM));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const at = (name: string) => rowOf(BROKEN_FORM, name);
    expect(result.issues.map((issue) => [issue.sheet, issue.code, issue.row, issue.column, issue.detail])).toEqual([
      ["survey", "calculation_cycle", at("total_people"), "calculation", expect.stringContaining("children_total")],
      ["survey", "calculation_cycle", at("children_total"), "calculation", expect.stringContaining("total_people")],
      ["survey", "unknown_field", at("employer_name"), "relevant", "has_employer"],
      ["survey", "unknown_list", at("transport"), "type", "transport_mode"],
      ["survey", "unsupported_type", at("document_photo"), "type", "image"],
      ["survey", "unclosed_group", at("contacts"), "type", "contacts"],
    ]);
  });
});

describe("readXlsform", () => {
  it("refuses what is not an .xlsx workbook with not_xlsx", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    const xls = Buffer.from("d0cf11e0a1b11ae1000000000000", "hex");
    const truncated = (await writeXlsform(await imported(fixture(REALISTIC_FORMS[0] as FixtureForm)))).subarray(0, 900);
    for (const bytes of [png, Buffer.from("type,name\ntext,a\n"), Buffer.alloc(0), truncated]) {
      expect(await readXlsform(bytes)).toEqual({
        ok: false,
        issues: [{ sheet: "file", code: "not_xlsx", severity: "error" }],
      });
    }
    expect(await readXlsform(xls)).toMatchObject({ ok: false, issues: [{ code: "not_xlsx", detail: "xls" }] });
  });

  it("reads rich text, numbers, booleans and formula results as trimmed text, under the first non-empty row", async () => {
    const bytes = await workbookBytes((workbook) => {
      const survey = workbook.addWorksheet("Survey");
      survey.addRow([]);
      survey.addRow([" type ", "name", "label::English (en)", "required", "default", "", "$kuid"]);
      survey.addRow([
        "integer",
        "age",
        { richText: [{ text: "Age " }, { text: "in years", font: { bold: true } }] },
        true,
        { formula: "17+1", result: 18 },
        "",
        "abc",
      ]);
      survey.addRow(["text", "  note_1 ", "Note", null, null, "stray"]);
      workbook.addWorksheet("settings").addRows([
        ["form_id", "version"],
        ["f", 3],
      ]);
      workbook.addWorksheet("notes").addRow(["anything"]);
    });
    const result = await readXlsform(bytes);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.definition.version).toBe("3");
    expect(result.definition.items).toEqual([
      { kind: "question", type: "integer", name: "age", label: { en: "Age in years" }, required: "yes", default: "18" },
      { kind: "question", type: "text", name: "note_1", label: { en: "Note" } },
    ]);
    expect(result.warnings).toEqual([
      { sheet: "survey", code: "unnamed_column", row: 4, detail: "F", severity: "warning" },
      { sheet: "file", code: "unknown_sheet", detail: "notes", severity: "warning" },
    ]);
  });

  it("keeps Cyrillic text intact in a sheet far larger than one read chunk", async () => {
    const label = (index: number) => `Питання ${index}: чи є у вас їжа, житло та безпечна робота? Вопрос ${index}`;
    const bytes = await workbookBytes((workbook) => {
      const survey = workbook.addWorksheet("survey");
      survey.addRow(["type", "name", "label::Українська (uk)"]);
      for (let index = 0; index < 3_000; index += 1) survey.addRow(["text", `q${index}`, label(index)]);
      workbook.addWorksheet("settings").addRows([["form_id"], ["long_form"]]);
    });
    const definition = await imported(bytes);
    const labels = definition.items.map((item) => item.label?.uk);
    expect(labels).toEqual(Array.from({ length: 3_000 }, (_, index) => label(index)));
  });

  it("reports a workbook without a survey sheet", async () => {
    const bytes = await workbookBytes((workbook) => workbook.addWorksheet("choices").addRow(["list_name", "name"]));
    expect(await readXlsform(bytes)).toEqual({
      ok: false,
      issues: [{ sheet: "survey", code: "missing_sheet", severity: "error" }],
    });
  });

  it("stops at the row limit and reports the sheet as too long", async () => {
    const bytes = await workbookBytes((workbook) => {
      const survey = workbook.addWorksheet("survey");
      survey.addRow(["type", "name", "label"]);
      for (let index = 0; index < 6_000; index += 1) survey.addRow(["text", `q${index}`, "Q"]);
    });
    expect(await readXlsform(bytes)).toEqual({
      ok: false,
      issues: [{ sheet: "survey", code: "too_many_rows", detail: "5000", severity: "error" }],
    });
  });

  it("uses a suggested form_id when the workbook has no settings sheet", async () => {
    const bytes = await workbookBytes((workbook) =>
      workbook.addWorksheet("survey").addRows([
        ["type", "name", "label"],
        ["text", "a", "A"],
      ]),
    );
    const result = await readXlsform(bytes, { fallbackFormId: "uploaded_form" });
    expect(result.ok && result.definition.formId).toBe("uploaded_form");
  });
});

describe("writeXlsform", () => {
  it("writes survey, choices and settings sheets with XLSForm headers", async () => {
    const definition = await imported(fixture(REALISTIC_FORMS[1] as FixtureForm));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await writeXlsform(definition)).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["survey", "choices", "settings"]);
    const survey = workbook.getWorksheet("survey");
    expect(survey?.getRow(1).values).toEqual(
      expect.arrayContaining(["type", "name", "label::English (en)", "label::Русский (ru)", "choice_filter", "hxl"]),
    );
    expect(survey?.getCell("A2").value).toBe("select_one yes_no");
    const settings = workbook.getWorksheet("settings");
    expect(settings?.getRow(2).values).toEqual(expect.arrayContaining(["border_arrival", "Українська (uk)"]));
  });
});
