import { describe, expect, it } from "vitest";
import { AppError } from "../../access/errors.js";
import { detectMediaType } from "./attachment-type.js";
import { storedZip, tinyPdf, tinyPng } from "./case-records.fixture.js";

const OOXML = (part: string, type: string) =>
  `<?xml version="1.0"?><Types><Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}.main+xml"/></Types>`;
const DOCX = storedZip({
  "[Content_Types].xml": OOXML("word/document.xml", "wordprocessingml.document"),
  "word/document.xml": "<w:document/>",
});
const XLSX = storedZip({
  "[Content_Types].xml": OOXML("xl/workbook.xml", "spreadsheetml.sheet"),
  "xl/workbook.xml": "<workbook/>",
});
const ODT = storedZip({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<office/>" });
const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9,
]);
const box = (type: string, brand: string) => {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write(`ftyp${brand}`, 4, "latin1");
  ftyp.write(`${brand}mif1`, 16, "latin1");
  return Buffer.concat([ftyp, Buffer.from(type)]);
};
const WEBP = Buffer.concat([
  Buffer.from("RIFF"),
  Buffer.from([26, 0, 0, 0]),
  Buffer.from("WEBPVP8 "),
  Buffer.alloc(18),
]);

const problemOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return "accepted";
  } catch (error) {
    return error instanceof AppError ? `${error.status} ${error.fields[0]?.problem}` : String(error);
  }
};

describe("attachment types, decided by content", () => {
  it.each([
    ["application/pdf", tinyPdf(), "a.pdf", "application/pdf"],
    ["image/png", tinyPng(), "a.png", "image/png"],
    ["image/jpeg", JPEG, "Photo.JPG", "image/jpeg"],
    ["image/webp", WEBP, "a.webp", "image/webp"],
    ["image/heic", box("meta", "heic"), "IMG_0001.HEIC", "image/heic"],
    ["image/heif", box("meta", "mif1"), "a.heif", "image/heif"],
    [
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      DOCX,
      "letter.docx",
      "application/octet-stream",
    ],
    [
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      XLSX,
      "costs.xlsx",
      "application/octet-stream",
    ],
    ["application/vnd.oasis.opendocument.text", ODT, "letter.odt", "application/vnd.oasis.opendocument.text"],
    ["text/plain", Buffer.from("Привіт\n"), "note.txt", "text/plain"],
  ])("recognises %s", async (expected, bytes, name, declared) => {
    expect(await detectMediaType(bytes, declared, name)).toBe(expected);
  });

  it("takes a name without a real extension as no claim about the type", async () => {
    expect(await detectMediaType(tinyPdf(), "application/pdf", "scan 12.03.2024")).toBe("application/pdf");
    expect(await detectMediaType(tinyPdf(), "application/pdf", "scan")).toBe("application/pdf");
  });

  it("refuses a claim the content does not back, and content not on the list", async () => {
    expect(await problemOf(detectMediaType(DOCX, "application/pdf", "letter.docx"))).toBe("415 type_mismatch");
    expect(await problemOf(detectMediaType(DOCX, "application/octet-stream", "letter.odt"))).toBe("415 type_mismatch");
    expect(await problemOf(detectMediaType(Buffer.from("plain"), "text/html", "a.html"))).toBe("415 type_mismatch");
    const zip = storedZip({ "readme.md": "hello" });
    expect(await problemOf(detectMediaType(zip, "application/zip", "a.zip"))).toBe("400 type_not_allowed");
    expect(await problemOf(detectMediaType(Buffer.from([0xc3, 0x28]), "text/plain", "a.txt"))).toBe(
      "400 type_not_allowed",
    );
  });
});
