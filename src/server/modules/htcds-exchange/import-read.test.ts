import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsx } from "./import-read.js";

describe("reading an HTCDS spreadsheet", () => {
  it("keeps every Cyrillic name intact across a large sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Cases");
    sheet.addRow(["prs_FirstName", "prs_SecondName"]);
    const written = Array.from({ length: 3000 }, (_, i) => `Коваленко-Їжакевич${i}`);
    for (const name of written) sheet.addRow(["Олена", name]);
    const read = await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    const names = read.rows.map((row) => [...row.values.values()].join(" "));
    const damaged = names.filter((name, i) => name !== `Олена ${written[i]}`);
    expect(read.rows).toHaveLength(3000);
    expect(damaged.length, damaged.slice(0, 3).join(" | ")).toBe(0);
  });
});
