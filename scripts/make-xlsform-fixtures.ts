// Writes the XLSForm test fixtures: `npx tsx scripts/make-xlsform-fixtures.ts`.
// The forms are data in src/server/modules/forms/fixtures/*.ts; each becomes an .xlsx file beside them,
// written cell by cell with exceljs (not with Safepath's own XLSForm writer, which the tests check against
// these files). A file whose data has not changed is left as it is, so that a rerun does not touch git.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import {
  type FixtureForm,
  LANGUAGE_COLUMNS,
  type SurveyRow,
  type Tri,
} from "../src/server/modules/forms/fixtures/fixture-types.js";
import { ALL_FORMS } from "../src/server/modules/forms/fixtures/index.js";

const FOLDER = fileURLToPath(new URL("../src/server/modules/forms/fixtures/", import.meta.url));
const FIXED_DATE = new Date(Date.UTC(2024, 5, 1));

type Column = { header: string; cell: (row: SurveyRow) => string | undefined };

const plain = (key: Exclude<keyof SurveyRow, "label" | "hint" | "constraint_message">): Column => ({
  header: key,
  cell: (row) => row[key],
});

const translated = (key: "label" | "hint" | "constraint_message"): Column[] =>
  LANGUAGE_COLUMNS.map(([code, name]) => ({ header: `${key}::${name}`, cell: (row) => row[key]?.[code] }));

const SURVEY_COLUMNS: Column[] = [
  plain("type"),
  plain("name"),
  ...translated("label"),
  ...translated("hint"),
  plain("required"),
  plain("relevant"),
  plain("constraint"),
  ...translated("constraint_message"),
  plain("calculation"),
  plain("choice_filter"),
  plain("repeat_count"),
  plain("appearance"),
  plain("default"),
  plain("hxl"),
];

function addSheet(workbook: ExcelJS.Workbook, name: string, header: string[], rows: (string | number | undefined)[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = header.map((title) => ({ width: title.startsWith("label") ? 48 : Math.max(12, title.length + 2) }));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => cell ?? null));
}

function labelCells(label: Tri): string[] {
  return LANGUAGE_COLUMNS.map(([code]) => label[code]);
}

async function write(form: FixtureForm): Promise<void> {
  const path = `${FOLDER}${form.file}`;
  const digest = createHash("sha256").update(JSON.stringify(form)).digest("hex");
  if (existsSync(path)) {
    const existing = new ExcelJS.Workbook();
    await existing.xlsx.readFile(path);
    if (existing.description === digest) {
      console.log(`unchanged ${form.file}`);
      return;
    }
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Safepath";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  // The digest of the data the file was made from: a rerun with the same data keeps the file.
  workbook.description = digest;
  addSheet(
    workbook,
    "survey",
    SURVEY_COLUMNS.map((column) => column.header),
    form.survey.map((row) => SURVEY_COLUMNS.map((column) => column.cell(row))),
  );
  addSheet(
    workbook,
    "choices",
    ["list_name", "name", ...LANGUAGE_COLUMNS.map(([, name]) => `label::${name}`), "country"],
    form.choices.map((choice) => [choice.list_name, choice.name, ...labelCells(choice.label), choice.country]),
  );
  const settings = form.settings;
  addSheet(
    workbook,
    "settings",
    ["form_title", "form_id", "version", "default_language"],
    [[settings.form_title, settings.form_id, settings.version, settings.default_language]],
  );
  await workbook.xlsx.writeFile(path);
  console.log(`wrote ${form.file}`);
}

for (const form of ALL_FORMS) await write(form);
