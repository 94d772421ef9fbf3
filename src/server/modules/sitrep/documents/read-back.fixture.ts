import { inflateSync } from "node:zlib";
import { strFromU8, unzipSync } from "fflate";

/**
 * Readers of the files the renderers write, for tests: they read the text back as a reader's program
 * would (the PDF's glyphs through the fonts' ToUnicode maps, the DOCX's runs from its XML), so that a test
 * sees what is printed, not what was asked for.
 */

interface PdfObject {
  dictionary: string;
  stream: Buffer | null;
}

function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\b/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf("endobj", start);
    const body = text.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dictionary: body, stream: null });
      continue;
    }
    const dataStart = start + streamAt + (body.slice(streamAt).match(/^stream\r?\n/)?.[0].length ?? 7);
    const dataEnd = text.lastIndexOf("endstream", end);
    const raw = pdf.subarray(dataStart, dataEnd);
    const dictionary = body.slice(0, streamAt);
    objects.set(Number(match[1]), {
      dictionary,
      stream: dictionary.includes("/FlateDecode") ? inflateSync(raw) : raw,
    });
  }
  return objects;
}

/** A ToUnicode map as pdfkit writes it: bfrange lines with an array of UTF-16 values per glyph. */
function toUnicode(cmap: string): Map<number, string> {
  const glyphs = new Map<number, string>();
  for (const range of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
    let code = Number.parseInt(range[1] ?? "0", 16);
    for (const value of (range[3] ?? "").matchAll(/<([^>]*)>/g)) {
      const units = (value[1] ?? "").trim().split(/\s+/);
      glyphs.set(code, String.fromCharCode(...units.map((unit) => Number.parseInt(unit, 16))));
      code += 1;
    }
  }
  return glyphs;
}

function reference(dictionary: string, key: string): number | null {
  const found = dictionary.match(new RegExp(`/${key}\\s+(\\d+) 0 R`));
  return found ? Number(found[1]) : null;
}

interface PdfFont {
  unicode: Map<number, string>;
  /** Advance widths by glyph, in thousandths of the font size. */
  widths: number[];
}

function pdfFont(objects: Map<number, PdfObject>, fontAt: number): PdfFont | null {
  const font = objects.get(fontAt);
  const cmapAt = font ? reference(font.dictionary, "ToUnicode") : null;
  const cmap = cmapAt === null ? undefined : objects.get(cmapAt)?.stream;
  if (!font || !cmap) return null;
  const descendantAt = font.dictionary.match(/\/DescendantFonts\s*\[\s*(\d+) 0 R/)?.[1];
  const descendant = descendantAt ? objects.get(Number(descendantAt))?.dictionary : undefined;
  const widths = (descendant?.match(/\/W\s*\[\s*0\s*\[([^\]]*)\]/)?.[1] ?? "").trim().split(/\s+/).map(Number);
  return { unicode: toUnicode(cmap.toString("latin1")), widths };
}

/**
 * The text of every page of a PDF written by pdfkit, page after page. pdfmake draws a line word by word:
 * a run that starts where the one before it ended continues it; any other gap reads as a space.
 */
export function pdfText(pdf: Buffer): string {
  const objects = pdfObjects(pdf);
  const fontsByName = new Map<string, PdfFont>();
  for (const object of objects.values()) {
    const fonts = object.dictionary.match(/\/Font\s*<<([^>]*)>>/);
    for (const entry of fonts?.[1]?.matchAll(/\/(\w+)\s+(\d+) 0 R/g) ?? []) {
      const font = pdfFont(objects, Number(entry[2]));
      if (font && entry[1]) fontsByName.set(entry[1], font);
    }
  }
  const pagesObject = [...objects.values()].find((object) => /\/Type\s*\/Pages\b/.test(object.dictionary));
  const kids = [...(pagesObject?.dictionary.match(/\/Kids\s*\[([^\]]*)\]/)?.[1] ?? "").matchAll(/(\d+) 0 R/g)];
  const pages: string[] = [];
  for (const kid of kids) {
    const page = objects.get(Number(kid[1]));
    const contentsAt = page ? reference(page.dictionary, "Contents") : null;
    const content = contentsAt === null ? undefined : objects.get(contentsAt)?.stream?.toString("latin1");
    if (content) pages.push(contentText(content, fontsByName));
  }
  return pages.join("\n");
}

function contentText(content: string, fonts: Map<string, PdfFont>): string {
  let font: PdfFont | undefined;
  let size = 0;
  let text = "";
  let end: { x: number; y: number } | null = null;
  let x = 0;
  const show = (hex: string) => {
    for (let at = 0; at + 4 <= hex.length; at += 4) {
      const glyph = Number.parseInt(hex.slice(at, at + 4), 16);
      text += font?.unicode.get(glyph) ?? "?";
      x += ((font?.widths[glyph] ?? 0) * size) / 1000;
    }
  };
  const pattern = /([\d.-]+) ([\d.-]+) Tm|\/(\w+)\s+([\d.]+)\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\bET\b/g;
  for (const token of content.matchAll(pattern)) {
    if (token[1] !== undefined) {
      const start = { x: Number(token[1]), y: Number(token[2]) };
      const continues = end && Math.abs(end.y - start.y) < 0.5 && Math.abs(end.x - start.x) < 0.5;
      if (end && !continues) text += " ";
      x = start.x;
      end = { ...start };
    } else if (token[3]) {
      font = fonts.get(token[3]);
      size = Number(token[4]);
    } else if (token[5] !== undefined) {
      for (const part of token[5].matchAll(/<([0-9a-fA-F]*)>|(-?[\d.]+)/g)) {
        if (part[1] !== undefined) show(part[1]);
        else x -= (Number(part[2]) * size) / 1000;
      }
    } else if (token[6] !== undefined) show(token[6]);
    else if (end) end = { x, y: end.y };
  }
  return text.replace(/ {2,}/g, " ");
}

export interface DocxParagraph {
  /** The paragraph style's id ("Title", "Heading1" …), null for the normal style. */
  style: string | null;
  /** Its text, line breaks as "\n", fields as {PAGE}. */
  text: string;
}

/** The paragraphs of a DOCX file's body, its footer's text, the images it holds and any part's XML. */
export function docxContent(docx: Buffer) {
  const files = unzipSync(new Uint8Array(docx));
  const xml = (name: string) => (files[name] ? strFromU8(files[name]) : "");
  const footers = Object.keys(files).filter((name) => /^word\/footer\d*\.xml$/.test(name));
  return {
    paragraphs: paragraphsOf(xml("word/document.xml")),
    footer: footers
      .map((name) =>
        paragraphsOf(xml(name))
          .map((paragraph) => paragraph.text)
          .join("\n"),
      )
      .join("\n"),
    images: Object.keys(files).filter((name) => name.startsWith("word/media/")),
    xml,
    bytes: (name: string) => Buffer.from(files[name] ?? new Uint8Array()),
  };
}

function paragraphsOf(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => {
    const paragraph = match[0];
    const parts = paragraph.matchAll(
      /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:instrText[^>]*>([^<]*)<\/w:instrText>/g,
    );
    const text = [...parts]
      .map((part) => (part[0].startsWith("<w:br") ? "\n" : (part[1] ?? `{${(part[2] ?? "").trim()}}`)))
      .map(unescapeXml)
      .join("");
    return { style: paragraph.match(/<w:pStyle w:val="([^"]*)"/)?.[1] ?? null, text };
  });
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => {
    const chars: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    return chars[name] ?? "";
  });
}
