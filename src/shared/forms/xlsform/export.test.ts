// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import { describe, expect, it } from "vitest";
import type { FormDefinition } from "../definition.js";
import { definitionToXlsform } from "./export.js";
import { sheetFromGrid } from "./grid.js";
import { xlsformToDefinition } from "./import.js";
import type { SheetRows } from "./types.js";

const sheet = (header: string[], ...rows: string[][]): SheetRows => sheetFromGrid(header, rows);

const definition: FormDefinition = {
  formId: "shelter",
  version: "7",
  title: { en: "Shelter", uk: "Прихисток" },
  defaultLanguage: "uk",
  languages: [
    { code: "en", name: "English" },
    { code: "uk", name: "Українська" },
    { code: "ru", name: "Русский" },
  ],
  items: [
    {
      kind: "group",
      name: "household",
      label: { en: "Household" },
      relevant: "${consent} = 'yes'",
      appearance: "field-list",
      hxl: "#group",
      items: [
        {
          kind: "question",
          name: "size",
          type: "integer",
          label: { en: "Size", ru: "Размер" },
          hint: { uk: "Скільки" },
          required: "yes",
          requiredMessage: { en: "Needed" },
          constraint: ". > 0",
          constraintMessage: { en: "Positive", uk: "Додатне" },
          default: "1",
          readOnly: true,
          hxl: "#affected",
        },
        {
          kind: "repeat",
          name: "members",
          label: { en: "Members" },
          repeatCount: "${size}",
          items: [
            {
              kind: "question",
              name: "oblast",
              type: "select_one",
              listName: "oblast",
              label: { en: "Oblast" },
              choiceFilter: "country = 'UA'",
            },
            { kind: "question", name: "age", type: "decimal", label: { ru: "Возраст" }, appearance: "numbers" },
          ],
        },
      ],
    },
    { kind: "question", name: "total", type: "calculate", calculation: "${size} * 2" },
  ],
  choiceLists: {
    oblast: [
      { name: "kyiv", label: { en: "Kyiv", uk: "Київ" }, properties: { country: "UA" } },
      { name: "chisinau", label: { en: "Chișinău" }, properties: { country: "MD", area: "north" } },
    ],
  },
  settings: { instance_name: "concat('x')", style: "pages" },
};

describe("definitionToXlsform", () => {
  it("writes XLSForm columns and group markers", () => {
    const sheets = definitionToXlsform(definition);
    expect(sheets.survey.header).toEqual([
      "type",
      "name",
      "label::English (en)",
      "label::Українська (uk)",
      "label::Русский (ru)",
      "hint::Українська (uk)",
      "required",
      "required_message::English (en)",
      "relevant",
      "constraint",
      "constraint_message::English (en)",
      "constraint_message::Українська (uk)",
      "calculation",
      "choice_filter",
      "default",
      "appearance",
      "read_only",
      "repeat_count",
      "hxl",
    ]);
    expect(sheets.survey.rows.map((row) => row.cells.type)).toEqual([
      "begin_group",
      "integer",
      "begin_repeat",
      "select_one oblast",
      "decimal",
      "end_repeat",
      "end_group",
      "calculate",
    ]);
    expect(sheets.survey.rows[1]?.cells).toMatchObject({ read_only: "yes", "label::Русский (ru)": "Размер" });
    expect(sheets.choices?.header).toEqual([
      "list_name",
      "name",
      "label::English (en)",
      "label::Українська (uk)",
      "label::Русский (ru)",
      "country",
      "area",
    ]);
    expect(sheets.settings?.header).toEqual([
      "form_title::English (en)",
      "form_title::Українська (uk)",
      "form_id",
      "version",
      "default_language",
      "instance_name",
      "style",
    ]);
    expect(sheets.settings?.rows[0]?.cells.default_language).toBe("Українська (uk)");
  });

  it("gives back the same definition when imported", () => {
    const imported = xlsformToDefinition(definitionToXlsform(definition));
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    expect(imported.warnings).toEqual([]);
    expect(imported.definition).toEqual(definition);
  });

  it("round-trips an imported form whose languages first appear in later columns", () => {
    const first = xlsformToDefinition({
      survey: sheet(
        ["type", "name", "hint::Русский", "label::English (en)", "label"],
        ["text", "a", "Подсказка", "A", "Plain"],
      ),
      choices: sheet(["list_name", "name", "label::Polski (pl)"], ["l", "x", "Iks"]),
      settings: sheet(["form_title", "form_id", "default_language"], ["T", "t", "English (en)"]),
    });
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    expect(first.definition.languages.map((language) => language.code)).toEqual(["ru", "en", "default", "pl"]);
    const second = xlsformToDefinition(definitionToXlsform(first.definition));
    if (!second.ok) throw new Error(JSON.stringify(second.issues));
    expect(second.definition).toEqual(first.definition);
  });

  it("leaves out default_language when the default is unlabelled text", () => {
    const sheets = definitionToXlsform({
      ...definition,
      defaultLanguage: "default",
      languages: [{ code: "default" }],
      title: { default: "T" },
    });
    expect(sheets.settings?.header).toEqual(["form_title", "form_id", "version", "instance_name", "style"]);
    expect(sheets.survey.header.slice(0, 3)).toEqual(["type", "name", "label"]);
  });
});
