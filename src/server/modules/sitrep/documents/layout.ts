import type { ReportSection } from "../../../../shared/activities/vocab.js";
import type { SitrepDocument, SitrepEntry, SitrepFigure } from "../../../../shared/api/sitrep.js";
import type { Language } from "../../../../shared/i18n/languages.js";
import { dayText } from "./document-dates.js";
import type { DocumentImage } from "./photos.js";
import type { SitrepWords } from "./sitrep-words.js";

/**
 * What a situation report says, in order, decided once for the three formats: HTML, PDF and DOCX only
 * choose how each block looks. The report's language decides every word and number.
 */
export type SitrepBlock =
  | { kind: "title"; text: string }
  | { kind: "facts"; rows: { label: string; value: string }[] }
  | { kind: "heading"; text: string; section: ReportSection | null; pageBreakBefore: boolean }
  | { kind: "paragraph"; text: string }
  /** One office's part of a section: "Office: text", the text's paragraphs kept. */
  | { kind: "entry"; office: string; paragraphs: string[] }
  | { kind: "figureTable"; columns: [string, string]; rows: FigureRow[] }
  | { kind: "figureList"; items: string[] }
  | { kind: "note"; text: string }
  /** image null: the photo is gone, or of a kind the format cannot hold — the caption stands alone. */
  | { kind: "photo"; label: string; caption: string; credit: string; image: DocumentImage | null };

export interface FigureRow {
  /** The number as the language writes it, or the words saying it is withheld. */
  value: string;
  /** What was counted: "Leaflets printed", "Shelter and accommodation". */
  label: string;
  withheld: boolean;
}

/** The page footer, with the places of the page number and the page count. */
export type FooterPart = { text: string } | { field: "page" | "pages" };

export interface SitrepLayout {
  language: Language;
  title: string;
  blocks: SitrepBlock[];
  footer: FooterPart[];
}

/** Which version is printed, and whether it is the one published. */
export interface PrintedVersion {
  version: number;
  /** When this very version was published; null for a draft. */
  publishedAt: string | null;
  timeZone: string;
}

// Stand-ins for the numbers while the sentence is translated; no catalogue writes these brackets.
const PAGE_MARK = "⟦page⟧";
const PAGES_MARK = "⟦pages⟧";

/** Paragraphs of a text typed in the editor: blank lines part them, single line breaks stay inside. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

function footerParts(words: SitrepWords): FooterPart[] {
  const template = words.t("sitrepDocuments.pageOf", { page: PAGE_MARK, pages: PAGES_MARK });
  const parts: FooterPart[] = [];
  for (const piece of template.split(/(⟦page⟧|⟦pages⟧)/)) {
    if (piece === PAGE_MARK) parts.push({ field: "page" });
    else if (piece === PAGES_MARK) parts.push({ field: "pages" });
    else if (piece !== "") parts.push({ text: piece });
  }
  return parts;
}

function facts(document: SitrepDocument, printed: PrintedVersion, words: SitrepWords): SitrepBlock {
  const { t, language } = words;
  const rows = [
    { label: t("sitrepDocuments.period"), value: words.period(document.fromMonth, document.toMonth) },
    {
      label: t("sitrepDocuments.offices"),
      value: document.offices.length > 0 ? words.offices(document.offices.map((office) => office.name)) : "—",
    },
    {
      label: t("sitrepDocuments.status"),
      value: printed.publishedAt
        ? t("sitrepDocuments.published", { date: dayText(printed.publishedAt, language, printed.timeZone) })
        : t("sitrepDocuments.draft"),
    },
    { label: t("sitrepDocuments.version"), value: String(printed.version) },
    { label: t("sitrepDocuments.figuresAt"), value: dayText(document.figuresAt, language, printed.timeZone) },
  ];
  return { kind: "facts", rows };
}

function figureRow(figure: SitrepFigure, words: SitrepWords): FigureRow {
  return { value: words.value(figure), label: words.label(figure), withheld: figure.value === null };
}

function entryBlocks(entry: SitrepEntry, images: ReadonlyMap<string, DocumentImage>, words: SitrepWords) {
  const blocks: SitrepBlock[] = [{ kind: "entry", office: entry.officeName, paragraphs: paragraphsOf(entry.text) }];
  if (entry.figures.length > 0)
    blocks.push({ kind: "figureList", items: entry.figures.map((figure) => words.figure(figure)) });
  for (const photo of entry.photos)
    blocks.push({
      kind: "photo",
      label: words.t("sitrepDocuments.photo"),
      caption: photo.caption,
      credit: photo.credit,
      image: images.get(photo.id) ?? null,
    });
  return blocks;
}

/** The report as an ordered list of blocks, in its own language. */
export function layoutSitrep(
  document: SitrepDocument,
  printed: PrintedVersion,
  images: ReadonlyMap<string, DocumentImage>,
  words: SitrepWords,
): SitrepLayout {
  const { t, language } = words;
  const blocks: SitrepBlock[] = [{ kind: "title", text: document.title }, facts(document, printed, words)];

  const overview = paragraphsOf(document.overview);
  if (overview.length > 0) {
    blocks.push({ kind: "heading", text: t("sitrepDocuments.overview"), section: null, pageBreakBefore: false });
    for (const text of overview) blocks.push({ kind: "paragraph", text });
  }
  if (document.headline.length > 0) {
    blocks.push({ kind: "heading", text: t("sitrepDocuments.headline"), section: null, pageBreakBefore: false });
    blocks.push({
      kind: "figureTable",
      columns: [t("sitrepDocuments.figureColumn"), t("sitrepDocuments.valueColumn")],
      rows: document.headline.map((figure) => figureRow(figure, words)),
    });
  }

  document.sections.forEach((section, index) => {
    const name = words.section(section.key).toLocaleUpperCase(language);
    // The sections start on a page of their own, after the title page's overview and figures.
    blocks.push({ kind: "heading", text: `${index + 1}. ${name}`, section: section.key, pageBreakBefore: index === 0 });
    for (const text of paragraphsOf(section.intro)) blocks.push({ kind: "paragraph", text });
    if (section.entries.length === 0) blocks.push({ kind: "note", text: t("sitrepDocuments.noEntries") });
    for (const entry of section.entries) blocks.push(...entryBlocks(entry, images, words));
  });

  if (document.missing.length > 0) {
    const officeNames = new Map(document.offices.map((office) => [office.id, office.name]));
    blocks.push({ kind: "heading", text: t("sitrepDocuments.missing"), section: null, pageBreakBefore: false });
    blocks.push({
      kind: "figureList",
      items: document.missing.map((missing) =>
        words.missing(missing, missing.officeId ? (officeNames.get(missing.officeId) ?? null) : null),
      ),
    });
  }
  return { language, title: document.title, blocks, footer: footerParts(words) };
}

/** The footer's text for a page, as PDF prints it. */
export function footerText(parts: readonly FooterPart[], page: number, pages: number): string {
  return parts.map((part) => ("text" in part ? part.text : String(part.field === "page" ? page : pages))).join("");
}
