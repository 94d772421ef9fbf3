import { describe, expect, it } from "vitest";
import { REPORT_SECTIONS } from "../../../../shared/activities/vocab.js";
import { docxContent } from "./read-back.fixture.js";
import { renderDocx } from "./render-docx.js";
import {
  expectedInOrder,
  fixtureLayout,
  INJECTED_NARRATIVE,
  positionsInOrder,
  TINY_PNG,
} from "./sitrep-documents.fixture.js";
import { sitrepWords } from "./sitrep-words.js";

describe.each(["en", "uk"] as const)("the situation report as DOCX, in %s", (language) => {
  const rendering = renderDocx(fixtureLayout(language)).then(docxContent);
  const words = sitrepWords(language);

  it("reads back: title, period, figures, the six sections in order, the offices' entries", async () => {
    const { paragraphs } = await rendering;
    const text = paragraphs.map((paragraph) => paragraph.text).join("\n");
    const missing = positionsInOrder(text, expectedInOrder(language)).filter((item) => item.at < 0);
    expect(missing).toEqual([]);
    expect(paragraphs[0]).toEqual({
      style: "Title",
      text: "Counter-trafficking situation report — Ukraine crisis response",
    });
  });

  it("makes each section a Heading 1, numbered, in the order of the report", async () => {
    const { paragraphs } = await rendering;
    const headings = paragraphs
      .filter((paragraph) => paragraph.style === "Heading1")
      .map((paragraph) => paragraph.text);
    const sections = REPORT_SECTIONS.map(
      (key, index) => `${index + 1}. ${words.section(key).toLocaleUpperCase(language)}`,
    );
    expect(headings).toEqual([
      words.t("sitrepDocuments.overview"),
      words.t("sitrepDocuments.headline"),
      ...sections,
      words.t("sitrepDocuments.missing"),
    ]);
  });

  it("puts the headline figures in a table, numbers as the language writes them", async () => {
    const { xml } = await rendering;
    const table = xml("word/document.xml").match(/<w:tbl>[\s\S]*?<\/w:tbl>/)?.[0] ?? "";
    const number = new Intl.NumberFormat(language);
    expect(table).toContain(`>${number.format(12000)}<`);
    expect(table).toContain(`>${number.format(9500)}<`);
    expect(table).toContain(`>${words.value({ key: "people_assisted", value: null, suppressed: true, params: {} })}<`);
  });

  it("embeds the PNG photo with its caption as alternative text; the WebP one is named by its caption", async () => {
    const { images, paragraphs, xml, bytes } = await rendering;
    expect(images).toHaveLength(1);
    expect(bytes(images[0] ?? "")).toEqual(TINY_PNG);
    expect(xml("word/document.xml")).toContain('descr="Information desk at the railway station"');
    const text = paragraphs.map((paragraph) => paragraph.text);
    expect(text).toContain("Information desk at the railway station  © Anna K.");
    expect(text).toContain(`${words.t("sitrepDocuments.photo")}: Flyers handed out at the border  © Olena P.`);
  });

  it("numbers pages in the footer in the report's language, and tells Word the language", async () => {
    const { footer, xml } = await rendering;
    expect(footer).toBe(words.t("sitrepDocuments.pageOf", { page: "{PAGE}", pages: "{NUMPAGES}" }));
    expect(xml("word/styles.xml")).toContain(`w:val="${language === "en" ? "en-GB" : "uk-UA"}"`);
  });

  it("keeps a narrative's markup as text", async () => {
    const { paragraphs } = await rendering;
    expect(paragraphs.some((paragraph) => paragraph.text.endsWith(INJECTED_NARRATIVE))).toBe(true);
  });
});
