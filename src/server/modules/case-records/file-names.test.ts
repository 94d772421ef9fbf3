import { describe, expect, it } from "vitest";
import { cleanFileName } from "./attachment-upload.js";
import { attachmentDisposition } from "./content-disposition.js";

describe("attachment file names", () => {
  it("drops paths, control and direction-override characters, and never comes back empty", () => {
    expect(cleanFileName("C:\\Users\\x\\report.pdf")).toBe("report.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(cleanFileName("a\u0000b\r\n.txt")).toBe("ab.txt");
    expect(cleanFileName("   ")).toBe("attachment");
    expect(cleanFileName(undefined)).toBe("attachment");
  });

  it("shortens a long name but keeps its extension", () => {
    const name = cleanFileName(`${"a".repeat(500)}.docx`);
    expect(name).toHaveLength(200);
    expect(name.endsWith(".docx")).toBe(true);
  });

  it("cannot break out of the quoted fallback, and escapes what RFC 5987 does not allow", () => {
    const header = attachmentDisposition('a"b\\c;d\r\n%.pdf');
    expect(header).toBe("attachment; filename=\"a_b_c;d_.pdf\"; filename*=UTF-8''a%22b%5Cc%3Bd%0D%0A%25.pdf");
    expect(attachmentDisposition("it's (1)*.txt")).toContain("filename*=UTF-8''it%27s%20%281%29%2A.txt");
    expect(attachmentDisposition("Звіт.pdf")).toBe(
      "attachment; filename=\".pdf\"; filename*=UTF-8''%D0%97%D0%B2%D1%96%D1%82.pdf",
    );
  });
});
