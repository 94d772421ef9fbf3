import type { TableCell } from "pdfmake/interfaces.js";
import {
  type Content,
  keyValueTable,
  paragraph,
  renderPdf as renderPdfFile,
  type TDocumentDefinitions,
  titledDocument,
} from "../../../documents/pdf.js";
import { footerText, type SitrepBlock, type SitrepLayout } from "./layout.js";
import { printable } from "./photos.js";

/** The widest and tallest a photo is printed, in points (the A4 text column is about 500 points wide). */
const PHOTO_BOX: [number, number] = [400, 280];

function dataUri(mediaType: string, bytes: Uint8Array): string {
  return `data:${mediaType};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64")}`;
}

function figureTable(item: Extract<SitrepBlock, { kind: "figureTable" }>): Content {
  const [label = "", value = ""] = item.columns;
  const header: TableCell[] = [
    { text: label, style: "tableHeader" },
    { text: value, style: "tableHeader", alignment: "right" },
  ];
  const rows: TableCell[][] = item.rows.map((row) => [
    { text: row.label },
    row.withheld
      ? { text: row.value, italics: true, color: "#555555", alignment: "right" }
      : { text: row.value, style: "figureValue", alignment: "right" },
  ]);
  return {
    table: { headerRows: 1, widths: ["*", "auto"], body: [header, ...rows], dontBreakRows: true },
    layout: "lightHorizontalLines",
    margin: [0, 0, 0, 12],
  };
}

function photo(item: Extract<SitrepBlock, { kind: "photo" }>): Content {
  const caption = { text: [item.caption, { text: `  © ${item.credit}`, color: "#555555" }], style: "caption" };
  // pdfmake reads PNG and JPEG only: another kind of photo, or a damaged one, is named by its caption.
  if (!printable(item.image))
    return { text: [`${item.label}: `, ...caption.text], style: "caption", margin: [0, 0, 0, 10] };
  return {
    stack: [{ image: dataUri(item.image.mediaType, item.image.bytes), fit: PHOTO_BOX }, caption],
    unbreakable: true,
    margin: [0, 4, 0, 10],
  };
}

function block(item: SitrepBlock): Content[] {
  switch (item.kind) {
    case "title":
      return []; // printed by the titled document itself
    case "facts":
      return [keyValueTable(item.rows)];
    case "heading":
      return [
        {
          text: item.text,
          style: item.section ? "reportSection" : "section",
          headlineLevel: 1,
          ...(item.pageBreakBefore ? { pageBreak: "before" as const } : {}),
        },
      ];
    case "paragraph":
      return [paragraph(item.text)];
    case "entry": {
      const [first = "", ...rest] = item.paragraphs;
      return [
        { text: [{ text: `${item.office}: `, bold: true }, first], margin: [0, 0, 0, 6] },
        ...rest.map((text) => ({ text, margin: [0, 0, 0, 6] as [number, number, number, number] })),
      ];
    }
    case "figureTable":
      return [figureTable(item)];
    case "figureList":
      // Fresh nodes: pdfmake writes its measurements into the content it is given.
      return [{ ul: item.items.map((text) => ({ text })), fontSize: 9, margin: [0, 0, 0, 10] }];
    case "note":
      return [{ text: item.text, italics: true, color: "#555555", margin: [0, 0, 0, 10] }];
    case "photo":
      return [photo(item)];
  }
}

/** The report as a pdfmake document: A4, the house fonts (Cyrillic and Latin diacritics), pages numbered. */
export function sitrepPdfDefinition(layout: SitrepLayout): TDocumentDefinitions {
  const definition = titledDocument({
    title: layout.title,
    language: layout.language,
    content: layout.blocks.flatMap(block),
    footer: (page, pages) => footerText(layout.footer, page, pages),
  });
  return {
    ...definition,
    // A heading left alone at the foot of a page moves to the next one, with what it heads.
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().every((next) => next.style === "footer"),
    styles: {
      ...definition.styles,
      reportSection: { fontSize: 13, bold: true, color: "#1f4e79", margin: [0, 12, 0, 6] },
      tableHeader: { bold: true, fillColor: "#eef3f8" },
      figureValue: { bold: true },
      caption: { fontSize: 8, color: "#444444", margin: [0, 3, 0, 0] },
    },
  };
}

/** The same report with every photo named by its caption alone. */
function withoutImages(layout: SitrepLayout): SitrepLayout {
  return { ...layout, blocks: layout.blocks.map((item) => (item.kind === "photo" ? { ...item, image: null } : item)) };
}

/** The report as the bytes of a PDF file. */
export async function renderPdf(layout: SitrepLayout): Promise<Buffer> {
  try {
    return await renderPdfFile(sitrepPdfDefinition(layout));
  } catch (error) {
    // A photo pdfkit still refuses (past the checks of image-check.ts) must not cost the report: print captions.
    if (!layout.blocks.some((item) => item.kind === "photo" && printable(item.image))) throw error;
    return renderPdfFile(sitrepPdfDefinition(withoutImages(layout)));
  }
}
