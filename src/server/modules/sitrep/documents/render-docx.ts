import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Language } from "../../../../shared/i18n/languages.js";
import { fitInto } from "./image-check.js";
import type { SitrepBlock, SitrepLayout } from "./layout.js";
import { printable } from "./photos.js";

/** The language Word checks the spelling in, by the report's language. */
const WORD_LANGUAGE: Readonly<Record<Language, string>> = {
  en: "en-GB",
  uk: "uk-UA",
  ru: "ru-RU",
  pl: "pl-PL",
  ro: "ro-RO",
};

/** The widest and tallest a photo is shown, in pixels at 96 to the inch (the A4 text column is about 6.3 in). */
const PHOTO_BOX = { width: 520, height: 360 };
const GREY = "555555";

/** Runs of a text with its line breaks kept. */
function runs(text: string, options: { bold?: boolean; italics?: boolean; color?: string } = {}): TextRun[] {
  return text.split("\n").map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, ...options }));
}

interface CellOptions {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  header?: boolean;
  right?: boolean;
}

function cell(text: string, options: CellOptions = {}) {
  const { header, right, ...run } = options;
  return new TableCell({
    children: [new Paragraph({ ...(right ? { alignment: AlignmentType.RIGHT } : {}), children: runs(text, run) })],
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: "EEF3F8", color: "auto" } } : {}),
  });
}

function figureTable(item: Extract<SitrepBlock, { kind: "figureTable" }>): Table {
  const header = new TableRow({
    tableHeader: true,
    children: item.columns.map((column, index) => cell(column, { bold: true, header: true, right: index === 1 })),
  });
  const rows = item.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(row.label),
          cell(row.value, { right: true, ...(row.withheld ? { italics: true, color: GREY } : { bold: true }) }),
        ],
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

function photo(item: Extract<SitrepBlock, { kind: "photo" }>): Paragraph[] {
  const caption = [...runs(item.caption), new TextRun({ text: `  © ${item.credit}`, color: GREY })];
  // Word takes PNG and JPEG here, as the PDF does; another kind of photo, or a damaged one, is named by its caption.
  if (!printable(item.image))
    return [new Paragraph({ style: "Caption", children: [new TextRun(`${item.label}: `), ...caption] })];
  const image = new ImageRun({
    type: item.image.mediaType === "image/png" ? "png" : "jpg",
    data: item.image.bytes,
    transformation: fitInto(item.image.size, PHOTO_BOX.width, PHOTO_BOX.height),
    altText: { name: item.caption.slice(0, 100), title: item.caption, description: item.caption },
  });
  return [new Paragraph({ keepNext: true, children: [image] }), new Paragraph({ style: "Caption", children: caption })];
}

function block(item: SitrepBlock): (Paragraph | Table)[] {
  switch (item.kind) {
    case "title":
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(item.text) })];
    case "facts":
      return item.rows.map(
        (row) => new Paragraph({ children: [new TextRun({ text: `${row.label}: `, bold: true }), ...runs(row.value)] }),
      );
    case "heading":
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          pageBreakBefore: item.pageBreakBefore,
          keepNext: true,
          children: runs(item.text),
        }),
      ];
    case "paragraph":
      return [new Paragraph({ children: runs(item.text) })];
    case "entry": {
      const [first = "", ...rest] = item.paragraphs;
      return [
        new Paragraph({ children: [new TextRun({ text: `${item.office}: `, bold: true }), ...runs(first)] }),
        ...rest.map((text) => new Paragraph({ children: runs(text) })),
      ];
    }
    case "figureTable":
      return [figureTable(item), new Paragraph({})];
    case "figureList":
      return item.items.map((text) => new Paragraph({ bullet: { level: 0 }, children: runs(text) }));
    case "note":
      return [new Paragraph({ children: runs(item.text, { italics: true, color: GREY }) })];
    case "photo":
      return photo(item);
  }
}

function footer(layout: SitrepLayout): Footer {
  const children = layout.footer.map((part) =>
    "text" in part
      ? new TextRun({ text: part.text, size: 16, color: GREY })
      : new TextRun({
          children: [part.field === "page" ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES],
          size: 16,
          color: GREY,
        }),
  );
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
}

/** The report as a Word document: A4, Title and Heading 1 styles (Word's navigation pane lists them), pages numbered. */
export function sitrepDocx(layout: SitrepLayout): Document {
  return new Document({
    title: layout.title,
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 22, language: { value: WORD_LANGUAGE[layout.language] } } },
      },
      paragraphStyles: [
        {
          id: "Caption",
          name: "Caption",
          basedOn: "Normal",
          next: "Normal",
          run: { size: 16, color: "444444" },
          paragraph: { spacing: { after: 200 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          // A4 in twentieths of a point, margins of 2 cm.
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        footers: { default: footer(layout) },
        children: layout.blocks.flatMap(block),
      },
    ],
  });
}

/** The report as the bytes of a DOCX file. */
export async function renderDocx(layout: SitrepLayout): Promise<Buffer> {
  return Packer.toBuffer(sitrepDocx(layout));
}
