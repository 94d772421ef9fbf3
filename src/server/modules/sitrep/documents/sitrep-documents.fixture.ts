import { crc32, deflateSync } from "node:zlib";
import { REPORT_SECTIONS } from "../../../../shared/activities/vocab.js";
import type { SitrepDocument, SitrepEntry } from "../../../../shared/api/sitrep.js";
import type { Language } from "../../../../shared/i18n/languages.js";
import { imageSize } from "./image-check.js";
import { layoutSitrep, type SitrepLayout } from "./layout.js";
import type { DocumentImage } from "./photos.js";
import { sitrepWords } from "./sitrep-words.js";

/** A report of May 2022 shaped like seed 000: offices with Cyrillic names, large counts, a withheld one, photos. */

export const KYIV = "00000000-0000-4000-8000-0000000000a1";
export const CHISINAU = "00000000-0000-4000-8000-0000000000a2";
export const WARSAW = "00000000-0000-4000-8000-0000000000a3";
export const PNG_PHOTO = "00000000-0000-4000-8000-0000000000b1";
export const WEBP_PHOTO = "00000000-0000-4000-8000-0000000000b2";
const ACTIVITY = "00000000-0000-4000-8000-0000000000c1";

/** A valid 2×2 RGB PNG. */
export const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFElEQVR4nGP4z8DAAMIM/////w8AH+4F+7C4l8kAAAAASUVORK5CYII=",
  "base64",
);

export const INJECTED_NARRATIVE = 'Posters read <script>alert("x")</script> & <b>bold</b>';

function entry(officeId: string, officeName: string, text: string, extra: Partial<SitrepEntry> = {}): SitrepEntry {
  return { officeId, officeName, text, figures: [], activities: [], photos: [], ...extra };
}

const entries: Partial<Record<(typeof REPORT_SECTIONS)[number], SitrepEntry[]>> = {
  direct_assistance: [
    entry(KYIV, "Київський офіс", "Офіс надав допомогу людям, які постраждали від торгівлі людьми.\n\nДругий абзац.", {
      figures: [{ key: "people_assisted", value: null, suppressed: true, params: {} }],
    }),
  ],
  convening: [entry(CHISINAU, "Офис в Кишинёве", "Провели встречу рабочей группы по вопросам предотвращения.")],
  advocacy: [
    entry(WARSAW, "Warsaw office", INJECTED_NARRATIVE, {
      figures: [{ key: "materials_printed", value: 12000, suppressed: false, params: { material: "flyer" } }],
      photos: [
        { id: PNG_PHOTO, activityId: ACTIVITY, caption: "Information desk at the railway station", credit: "Anna K." },
        { id: WEBP_PHOTO, activityId: ACTIVITY, caption: "Flyers handed out at the border", credit: "Olena P." },
      ],
    }),
  ],
  training: [entry(WARSAW, "Warsaw office", "Trained 37 border guard officers on identification.")],
};

export function sitrepFixture(language: Language): SitrepDocument {
  return {
    title: "Counter-trafficking situation report — Ukraine crisis response",
    fromMonth: "2022-05",
    toMonth: "2022-05",
    language,
    offices: [
      { id: KYIV, name: "Київський офіс", country: "UA" },
      { id: CHISINAU, name: "Офис в Кишинёве", country: "MD" },
      { id: WARSAW, name: "Warsaw office", country: "PL" },
    ],
    overview: "Crisis situations make trafficking more likely.\n\nMost people fleeing are women and children.",
    headline: [
      { key: "materials_printed", value: 12000, suppressed: false, params: {} },
      { key: "materials_distributed_total", value: 9500, suppressed: false, params: {} },
      { key: "people_assisted", value: null, suppressed: true, params: {} },
    ],
    sections: REPORT_SECTIONS.map((key) => ({
      key,
      intro: key === "thematic_guidance" ? "" : `Introduction to ${key}.`,
      entries: entries[key] ?? [],
    })),
    missing: [{ key: "hotline", reason: "no_records_in_period", officeId: CHISINAU }],
    figuresAt: "2022-06-03T09:00:00.000Z",
  };
}

/** The images the fixture's photos load to: a PNG, and a WebP that PDF and DOCX cannot hold. */
export function fixtureImages(): Map<string, DocumentImage> {
  const png = new Uint8Array(TINY_PNG);
  const webp = new Uint8Array(Buffer.from("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ", "latin1"));
  return new Map([
    [PNG_PHOTO, { mediaType: "image/png", bytes: png, size: imageSize("image/png", png) }],
    [WEBP_PHOTO, { mediaType: "image/webp", bytes: webp, size: null }],
  ]);
}

/** PNG chunks with their lengths and checksums, so that only the content is damaged. */
function png(header: number[], pixels: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, "latin1"), data])));
    return Buffer.concat([length, Buffer.from(type, "latin1"), data, checksum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr.set(header, 8);
  return Buffer.concat([
    TINY_PNG.subarray(0, 8),
    chunk("IHDR", ihdr),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Files that pass an upload's check of their first bytes but do not decode. */
export const DAMAGED = {
  /** RGBA, its pixels not compressed data at all. */
  rgbaPng: png([8, 6, 0, 0, 0], Buffer.from("not deflate data")),
  /** RGB, compressed well, but a row's filter byte is not one of the five. */
  badFilterPng: png([8, 2, 0, 0, 0], deflateSync(Buffer.from([9, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6]))),
  /** A JPEG's start and end markers with no frame between. */
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]),
};

export const PRINTED_DRAFT = { version: 3, publishedAt: null, timeZone: "Europe/Kyiv" } as const;

export function fixtureLayout(language: Language): SitrepLayout {
  return layoutSitrep(sitrepFixture(language), PRINTED_DRAFT, fixtureImages(), sitrepWords(language));
}

/** What every format must print for the fixture, in the order it must come. */
export function expectedInOrder(language: Language): string[] {
  const words = sitrepWords(language);
  const document = sitrepFixture(language);
  const number = new Intl.NumberFormat(language);
  const withheld = document.headline[2];
  if (!withheld) throw new Error("the fixture has a withheld figure");
  return [
    document.title,
    words.period("2022-05", "2022-05"),
    words.t("sitrepDocuments.draft"),
    words.t("sitrepDocuments.headline"),
    number.format(12000),
    number.format(9500),
    words.value(withheld),
    ...REPORT_SECTIONS.flatMap((key, index) => {
      const heading = `${index + 1}. ${words.section(key).toLocaleUpperCase(language)}`;
      if (key === "direct_assistance") return [heading, "Київський офіс:", "Офіс надав допомогу"];
      if (key === "convening") return [heading, "Офис в Кишинёве: Провели встречу рабочей группы"];
      if (key === "advocacy") return [heading, "Warsaw office:", "Information desk at the railway station"];
      if (key === "training") return [heading, "Warsaw office: Trained 37 border guard officers"];
      return [heading];
    }),
    words.t("sitrepDocuments.missing"),
    words.missing({ key: "hotline", reason: "no_records_in_period", officeId: CHISINAU }, "Офис в Кишинёве"),
  ];
}

/** Asserts each expected text is found after the one before it. */
export function positionsInOrder(text: string, expected: readonly string[]): { text: string; at: number }[] {
  let from = 0;
  return expected.map((item) => {
    const at = text.indexOf(item, from);
    if (at >= 0) from = at + item.length;
    return { text: item, at };
  });
}
