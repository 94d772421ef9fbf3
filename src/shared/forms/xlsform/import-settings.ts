import { fieldName, type LocalizedText } from "../definition.js";
import type { IssueList } from "./issues.js";
import { DEFAULT_LANGUAGE, type FormLanguage, languageFromSpec, languageSpec } from "./languages.js";
import { localizedCell, type SheetColumns } from "./sheet.js";
import type { SheetRow } from "./types.js";

export const SETTINGS_LOCALIZED = ["form_title"] as const;
export const SETTINGS_PLAIN = ["form_id", "version", "default_language"] as const;

/** Used when the settings sheet gives no form_id and the caller suggests none. */
export const FALLBACK_FORM_ID = "form";
/** Used when the settings sheet gives no version. */
export const FALLBACK_VERSION = "1";

export interface SettingsResult {
  formId: string;
  version: string;
  title: LocalizedText;
  defaultLanguage: string;
  settings?: Record<string, string>;
}

/** The language a default_language cell names: matched by column suffix, name or code. */
function findLanguage(written: string, languages: FormLanguage[]): FormLanguage | undefined {
  const wanted = written.trim().toLowerCase();
  const code = languageFromSpec(written)?.code;
  return languages.find(
    (language) =>
      languageSpec(language)?.toLowerCase() === wanted ||
      language.name?.toLowerCase() === wanted ||
      language.code.toLowerCase() === wanted ||
      language.code === code,
  );
}

/** Reads the first row of the settings sheet; other rows are reported, other columns kept. */
export function readSettings(
  rows: SheetRow[],
  columns: SheetColumns,
  languages: FormLanguage[],
  issues: IssueList,
  fallbackFormId = FALLBACK_FORM_ID,
): SettingsResult {
  const [row, ...more] = rows.filter((candidate) => Object.keys(candidate.cells).length > 0);
  for (const extra of more) issues.warn("settings", "extra_settings_row", { row: extra.rowNumber });
  const plain = (column: string) => {
    const header = columns.plain.get(column);
    return header && row ? row.cells[header] : undefined;
  };
  const at = (column: string) => ({ row: row?.rowNumber, column: columns.plain.get(column) ?? column });

  let formId = plain("form_id");
  if (formId === undefined) {
    formId = fallbackFormId;
    issues.warn("settings", "missing_form_id", { column: "form_id", detail: formId });
  } else if (!fieldName.safeParse(formId).success) issues.error("settings", "invalid_form_id", at("form_id"));

  const version = plain("version") ?? FALLBACK_VERSION;
  if (version.length > 100) issues.error("settings", "value_too_long", { ...at("version"), detail: "100" });

  let defaultLanguage = languages.some((language) => language.code === DEFAULT_LANGUAGE)
    ? DEFAULT_LANGUAGE
    : (languages[0]?.code ?? DEFAULT_LANGUAGE);
  const written = plain("default_language");
  if (written !== undefined) {
    const found = findLanguage(written, languages);
    if (found) defaultLanguage = found.code;
    else issues.warn("settings", "unknown_default_language", { ...at("default_language"), detail: written });
  }

  const title = (row && localizedCell(row, columns.localized.get("form_title"))) ?? { [DEFAULT_LANGUAGE]: formId };
  const other = columns.extra
    .filter((header) => row?.cells[header] !== undefined)
    .map((header): [string, string] => [header, row?.cells[header] ?? ""]);
  const result: SettingsResult = { formId, version, title, defaultLanguage };
  if (other.length) result.settings = Object.fromEntries(other);
  return result;
}
