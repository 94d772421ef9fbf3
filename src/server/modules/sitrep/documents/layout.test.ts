import { describe, expect, it } from "vitest";
import { REPORT_SECTIONS } from "../../../../shared/activities/vocab.js";
import { imageSize } from "./image-check.js";
import { footerText, layoutSitrep, paragraphsOf, type SitrepBlock } from "./layout.js";
import {
  CHISINAU,
  DAMAGED,
  fixtureImages,
  PRINTED_DRAFT,
  sitrepFixture,
  TINY_PNG,
} from "./sitrep-documents.fixture.js";
import { sitrepWords } from "./sitrep-words.js";

function factsOf(blocks: SitrepBlock[]): Record<string, string> {
  const facts = blocks.find((block) => block.kind === "facts");
  return facts?.kind === "facts" ? Object.fromEntries(facts.rows.map((row) => [row.label, row.value])) : {};
}

describe("the layout of a situation report", () => {
  it("gives the six sections in the order of the report, numbered, the first on a new page", () => {
    const words = sitrepWords("pl");
    const { blocks } = layoutSitrep(sitrepFixture("pl"), PRINTED_DRAFT, fixtureImages(), words);
    const headings = blocks.filter((block) => block.kind === "heading" && block.section !== null);
    expect(headings).toEqual(
      REPORT_SECTIONS.map((key, index) => ({
        kind: "heading",
        text: `${index + 1}. ${words.section(key).toLocaleUpperCase("pl")}`,
        section: key,
        pageBreakBefore: index === 0,
      })),
    );
    // A section without entries says so rather than standing empty.
    const guidance = blocks.findIndex((block) => block.kind === "heading" && block.section === "thematic_guidance");
    expect(blocks[guidance + 1]).toEqual({ kind: "note", text: words.t("sitrepDocuments.noEntries") });
  });

  it("writes a period of two months, the offices and a published version in the report's language", () => {
    const document = { ...sitrepFixture("ro"), fromMonth: "2022-05", toMonth: "2022-06" };
    const words = sitrepWords("ro");
    const published = { version: 2, publishedAt: "2022-06-30T22:30:00.000Z", timeZone: "Europe/Kyiv" };
    const facts = factsOf(layoutSitrep(document, published, new Map(), words).blocks);
    expect(facts[words.t("sitrepDocuments.period")]).toBe(words.period("2022-05", "2022-06"));
    expect(facts[words.t("sitrepDocuments.offices")]).toBe(
      words.offices(document.offices.map((office) => office.name)),
    );
    // 22:30 UTC on 30 June is already 1 July in Kyiv: the organisation's calendar decides the day.
    expect(facts[words.t("sitrepDocuments.status")]).toBe(
      words.t("sitrepDocuments.published", { date: "1 iulie 2022" }),
    );
    expect(facts[words.t("sitrepDocuments.version")]).toBe("2");
  });

  it("lists what could not be computed with the office it concerns, and nothing when all was computed", () => {
    const words = sitrepWords("en");
    const { blocks } = layoutSitrep(sitrepFixture("en"), PRINTED_DRAFT, new Map(), words);
    const missing = { key: "hotline", reason: "no_records_in_period", officeId: CHISINAU };
    expect(blocks.at(-1)).toEqual({ kind: "figureList", items: [words.missing(missing, "Офис в Кишинёве")] });
    const complete = layoutSitrep({ ...sitrepFixture("en"), missing: [] }, PRINTED_DRAFT, new Map(), words);
    expect(
      complete.blocks.some((block) => block.kind === "heading" && block.text === words.t("sitrepDocuments.missing")),
    ).toBe(false);
  });

  it("keeps a photo whose image is gone by its caption", () => {
    const { blocks } = layoutSitrep(sitrepFixture("en"), PRINTED_DRAFT, new Map(), sitrepWords("en"));
    const photos = blocks.filter((block) => block.kind === "photo");
    expect(photos.map((photo) => photo.kind === "photo" && [photo.caption, photo.image])).toEqual([
      ["Information desk at the railway station", null],
      ["Flyers handed out at the border", null],
    ]);
  });

  it("numbers pages with the catalogue's words around the numbers", () => {
    const words = sitrepWords("uk");
    const { footer } = layoutSitrep(sitrepFixture("uk"), PRINTED_DRAFT, new Map(), words);
    expect(footer.filter((part) => "field" in part)).toEqual([{ field: "page" }, { field: "pages" }]);
    expect(footerText(footer, 2, 7)).toBe(words.t("sitrepDocuments.pageOf", { page: 2, pages: 7 }));
  });

  it("parts a text into paragraphs at blank lines, keeping single line breaks", () => {
    expect(paragraphsOf("One\nline two\n\n \n\nThree  ")).toEqual(["One\nline two", "Three"]);
    expect(paragraphsOf("  ")).toEqual([]);
  });

  it("reads the pixel size of a PNG and a JPEG, and none of anything else", () => {
    expect(imageSize("image/png", new Uint8Array(TINY_PNG))).toEqual({ width: 2, height: 2 });
    // SOI, an APP0 segment, then a baseline frame header: 640 wide, 480 high.
    const jpeg = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03,
    ]);
    expect(imageSize("image/jpeg", jpeg)).toEqual({ width: 640, height: 480 });
    expect(imageSize("image/jpeg", new Uint8Array([0xff, 0xd8, 0x00]))).toBeNull();
    expect(imageSize("image/webp", new Uint8Array(TINY_PNG))).toBeNull();
  });

  it("finds no size for a PNG or JPEG that does not decode, so that no PDF tries to", () => {
    expect(imageSize("image/png", new Uint8Array(DAMAGED.rgbaPng))).toBeNull();
    expect(imageSize("image/png", new Uint8Array(DAMAGED.badFilterPng))).toBeNull();
    expect(imageSize("image/png", new Uint8Array(TINY_PNG.subarray(0, 40)))).toBeNull();
    expect(imageSize("image/jpeg", new Uint8Array(DAMAGED.jpeg))).toBeNull();
  });
});
