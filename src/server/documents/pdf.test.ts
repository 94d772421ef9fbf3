import { createRequire } from "node:module";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { FONT_FILES, keyValueTable, paragraph, renderPdf, sectionHeading, titledDocument } from "./pdf.js";

/** Text in each interface language, with the letters a font most often lacks. */
const SAMPLES = {
  uk: "Ґанна Їжакевич, вул. Січових Стрільців, 3 — звіт поліції; ґ є і ї Ґ Є І Ї ’",
  ru: "Фёдор Подъячев, ул. Щербакова, 12; ё ъ ы э Ё Ъ Ы Э",
  pl: "Łucja Źdźbło-Kęszycka, ul. Żółkiewskiego; ą ć ę ł ń ó ś ź ż",
  ro: "Ștefania Țîrlea, str. Mărășești; ă â î ș ț Ă Â Î Ș Ț",
};

// fontkit comes with pdfmake (through pdfkit): the library that reads these very font files when printing.
const fontkit = createRequire(import.meta.url)("fontkit") as {
  openSync(path: string): { hasGlyphForCodePoint(codePoint: number): boolean };
};

/** The page content streams of an uncompressed-or-Flate PDF, decompressed, as text. */
function contentStreams(pdf: Buffer): string {
  const text = pdf.toString("latin1");
  const streams: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf("endstream", start);
    const bytes = pdf.subarray(start, end);
    try {
      streams.push(inflateSync(bytes).toString("latin1"));
    } catch {
      streams.push(bytes.toString("latin1"));
    }
  }
  return streams.join("\n");
}

describe("PDF documents", () => {
  it("renders a titled document with a key/value table to a PDF file", async () => {
    const definition = titledDocument({
      title: "Report to an authority",
      subtitle: "Issued by a test organisation",
      language: "en",
      content: [
        sectionHeading("The report"),
        keyValueTable([
          { label: "Authority", value: "National Police" },
          { label: "Phones", value: ["+48601234567", "+380671234567"] },
          { label: "Reference", value: null },
        ]),
        paragraph("First line\nSecond line"),
      ],
      footer: (page, pages) => `Page ${page} of ${pages}`,
    });
    const pdf = await renderPdf(definition);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-8).toString("latin1")).toContain("%%EOF");
    expect(pdf.toString("latin1")).toContain("Report to an authority");
  });

  it.each(Object.entries(SAMPLES))(
    "prints %s text without error, every letter in the bundled fonts",
    async (language, text) => {
      for (const file of Object.values(FONT_FILES)) {
        const font = fontkit.openSync(file);
        const missing = [...text].filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0));
        expect({ file, missing }).toEqual({ file, missing: [] });
      }
      const pdf = await renderPdf(
        titledDocument({
          title: text,
          language,
          content: [keyValueTable([{ label: text, value: text }]), { text, bold: true, italics: true }],
        }),
      );
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      // The text is drawn: the page holds glyph runs, not an empty page.
      expect(contentStreams(pdf)).toMatch(/\bTJ\b/);
    },
  );

  it("shows a dash for an empty value and an empty table", async () => {
    const table = keyValueTable([{ label: "Reference", value: ["", " "] }]) as {
      table: { body: { text: string }[][] };
    };
    expect(table.table.body[0]?.[1]?.text).toBe("—");
    const empty = keyValueTable([]) as { table: { body: { text?: string }[][] } };
    expect(empty.table.body[0]?.[0]?.text).toBe("—");
    expect(paragraph("  ")).toMatchObject({ text: "—" });
  });

  it("never lets a document read a local file or fetch a URL", async () => {
    const local = titledDocument({ title: "x", language: "en", content: [{ image: "/etc/passwd", width: 10 }] });
    await expect(renderPdf(local)).rejects.toThrow(/denied/i);
    const remote = titledDocument({
      title: "x",
      language: "en",
      content: [{ image: "https://example.org/logo.png", width: 10 }],
    });
    await expect(renderPdf(remote)).rejects.toThrow(/denied/i);
  });
});
