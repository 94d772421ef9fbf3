import { describe, expect, it } from "vitest";
import { fileNameOf } from "./file-transfer.js";

describe("file name of a download", () => {
  it("reads the quoted name the server sends", () => {
    expect(fileNameOf('attachment; filename="htcds-export-2025-03-07.xlsx"')).toBe("htcds-export-2025-03-07.xlsx");
  });

  it("prefers the encoded name when both are given", () => {
    expect(fileNameOf("attachment; filename=\"a.json\"; filename*=UTF-8''spr%C3%A1va.json")).toBe("správa.json");
  });

  it("gives nothing without a name", () => {
    expect(fileNameOf(null)).toBeUndefined();
    expect(fileNameOf("attachment")).toBeUndefined();
  });
});
