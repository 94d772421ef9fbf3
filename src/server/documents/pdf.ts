import { createRequire } from "node:module";
import pdfmake from "pdfmake";
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces.js";

/**
 * Printable documents (a report to an authority, a referral package …) rendered on the server with pdfmake.
 * Every PDF of the application goes through this module: it is the one place that configures pdfmake, whose
 * settings (fonts, what a document may load) are global to the process.
 */

export type { Content, TDocumentDefinitions };

const require = createRequire(import.meta.url);

/**
 * Roboto as pdfmake ships it: Latin (Polish and Romanian diacritics, ș and ț with the comma below included)
 * and Cyrillic (Ukrainian ґ є і ї, Russian). Read from the installed package, never fetched.
 */
export const FONT_FILES = {
  normal: require.resolve("pdfmake/fonts/Roboto/Roboto-Regular.ttf"),
  bold: require.resolve("pdfmake/fonts/Roboto/Roboto-Medium.ttf"),
  italics: require.resolve("pdfmake/fonts/Roboto/Roboto-Italic.ttf"),
  bolditalics: require.resolve("pdfmake/fonts/Roboto/Roboto-MediumItalic.ttf"),
} as const;

const FONT_PATHS: ReadonlySet<string> = new Set(Object.values(FONT_FILES));

pdfmake.setFonts({ Roboto: { ...FONT_FILES } });
// Documents are built from what people typed: none of it may make the server fetch a URL or read a file.
// Images are given inline (data: URLs), which pdfmake reads without asking these policies.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => FONT_PATHS.has(path));

/** Renders a document definition to the bytes of a PDF file. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf({ ...definition, defaultStyle: { font: "Roboto", ...definition.defaultStyle } }).getBuffer();
}

/** What renders as an empty value in the helpers below: one dash, so that a blank is seen to be blank. */
export const EMPTY_VALUE = "—";

export interface KeyValueRow {
  label: string;
  /** Several lines of a value (a list of phone numbers, say) are printed one under the other. */
  value: string | readonly string[] | null | undefined;
}

function valueText(value: KeyValueRow["value"]): string {
  const lines = typeof value === "string" ? [value] : [...(value ?? [])];
  const text = lines.filter((line) => line.trim() !== "").join("\n");
  return text === "" ? EMPTY_VALUE : text;
}

/** A two-column table: labels on the left in bold, values on the right; rows never split across pages. */
export function keyValueTable(rows: readonly KeyValueRow[]): Content {
  const body: TableCell[][] = rows.map((row) => [{ text: row.label, style: "label" }, { text: valueText(row.value) }]);
  return {
    table: {
      widths: ["35%", "*"],
      body: body.length > 0 ? body : [[{ text: EMPTY_VALUE, colSpan: 2 }, {}]],
      dontBreakRows: true,
    },
    layout: "lightHorizontalLines",
    margin: [0, 0, 0, 12],
  };
}

/** A heading between sections of a document. */
export function sectionHeading(text: string): Content {
  return { text, style: "section" };
}

/** A paragraph of free text (a summary, a letter), its line breaks kept. */
export function paragraph(text: string | null | undefined): Content {
  return { text: text?.trim() ? text : EMPTY_VALUE, margin: [0, 0, 0, 12] };
}

export interface TitledDocument {
  title: string;
  /** A line under the title: who issues the document, say. */
  subtitle?: string;
  /** BCP 47 language of the text, for screen readers and the PDF's metadata. */
  language: string;
  content: Content[];
  /** The footer's text on each page, e.g. "Page 1 of 2"; none when omitted. */
  footer?: (page: number, pages: number) => string;
}

/** An A4 document with a title, the given sections and an optional page footer, in the house style. */
export function titledDocument(input: TitledDocument): TDocumentDefinitions {
  const header: Content[] = [{ text: input.title, style: "title" }];
  if (input.subtitle) header.push({ text: input.subtitle, style: "subtitle" });
  const footer = input.footer;
  return {
    pageSize: "A4",
    pageMargins: [48, 48, 48, 56],
    language: input.language,
    info: { title: input.title },
    content: [...header, ...input.content],
    ...(footer ? { footer: (page: number, pages: number) => ({ text: footer(page, pages), style: "footer" }) } : {}),
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 10, color: "#555555", margin: [0, 0, 0, 16] },
      section: { fontSize: 12, bold: true, margin: [0, 8, 0, 6] },
      label: { bold: true },
      footer: { fontSize: 8, color: "#555555", alignment: "center", margin: [0, 16, 0, 0] },
    },
    defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.2 },
  };
}
