import { describe, expect, it } from "vitest";
import { REPORT_SECTIONS } from "../../../../shared/activities/vocab.js";
import { imageSize } from "./image-check.js";
import { layoutSitrep } from "./layout.js";
import { pdfText } from "./read-back.fixture.js";
import { renderPdf } from "./render-pdf.js";
import {
  DAMAGED,
  expectedInOrder,
  fixtureLayout,
  INJECTED_NARRATIVE,
  PNG_PHOTO,
  PRINTED_DRAFT,
  positionsInOrder,
  sitrepFixture,
  WEBP_PHOTO,
} from "./sitrep-documents.fixture.js";
import { sitrepWords } from "./sitrep-words.js";

describe.each(["en", "uk"] as const)("the situation report as PDF, in %s", (language) => {
  const rendering = renderPdf(fixtureLayout(language));
  const words = sitrepWords(language);

  it("is a PDF whose text reads back: title, period, figures, the six sections in order, entries", async () => {
    const pdf = await rendering;
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(pdf);
    const missing = positionsInOrder(text, expectedInOrder(language)).filter((item) => item.at < 0);
    expect(missing).toEqual([]);
    const headings = REPORT_SECTIONS.map((key) => text.indexOf(words.section(key).toLocaleUpperCase(language)));
    expect(headings.every((at, index) => at > 0 && (index === 0 || at > (headings[index - 1] ?? 0)))).toBe(true);
  });

  it("prints the numbers as the language writes them, and the withheld figure in words", async () => {
    const text = pdfText(await rendering);
    const number = new Intl.NumberFormat(language);
    expect(text).toContain(number.format(12000));
    expect(text).toContain(number.format(9500));
    if (language === "uk") expect(text).not.toContain("12,000");
    const withheld = sitrepFixtureWithheld(words);
    expect(text).toContain(withheld);
  });

  it("numbers its pages in the report's language and declares the language", async () => {
    const pdf = await rendering;
    const text = pdfText(pdf);
    const pages = Number(text.match(/\n/g)?.length ?? 0) + 1;
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page += 1)
      expect(text).toContain(words.t("sitrepDocuments.pageOf", { page, pages }));
    expect(pdf.toString("latin1")).toContain(`/Lang (${language})`);
  });

  it("embeds the PNG photo with its caption and credit, and names the WebP one by its caption", async () => {
    const pdf = await rendering;
    const text = pdfText(pdf);
    expect(pdf.toString("latin1").match(/\/Subtype \/Image/g)).toHaveLength(1);
    expect(text).toContain("Information desk at the railway station © Anna K.");
    expect(text).toContain(`${words.t("sitrepDocuments.photo")}: Flyers handed out at the border © Olena P.`);
  });

  it("prints a narrative's markup as the text it is", async () => {
    expect(pdfText(await rendering)).toContain(INJECTED_NARRATIVE);
  });
});

describe("a damaged photo in a PDF", () => {
  it("is named by its caption, and the report is printed", async () => {
    const image = (mediaType: string, bytes: Buffer) => ({
      mediaType,
      bytes: new Uint8Array(bytes),
      size: imageSize(mediaType, bytes),
    });
    const images = new Map([
      [PNG_PHOTO, image("image/png", DAMAGED.rgbaPng)],
      [WEBP_PHOTO, image("image/jpeg", DAMAGED.jpeg)],
    ]);
    const layout = layoutSitrep(sitrepFixture("en"), PRINTED_DRAFT, images, sitrepWords("en"));
    const pdf = await renderPdf(layout);
    expect(pdf.toString("latin1")).not.toContain("/Subtype /Image");
    expect(pdfText(pdf)).toContain("Photo: Information desk at the railway station © Anna K.");
  });
});

function sitrepFixtureWithheld(words: ReturnType<typeof sitrepWords>): string {
  return words.value({ key: "people_assisted", value: null, suppressed: true, params: {} });
}
