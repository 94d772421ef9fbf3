import type { SheetRows } from "./types.js";

/**
 * A sheet from a header and rows of cell text, numbered as a spreadsheet would show them with the header
 * in row 1; empty cells are left out. For building XLSForms in code and in tests.
 */
export function sheetFromGrid(header: string[], rows: string[][]): SheetRows {
  return {
    header,
    headerRow: 1,
    rows: rows.map((cells, index) => {
      const present: Record<string, string> = Object.create(null);
      cells.forEach((value, column) => {
        const name = header[column];
        if (value !== "" && name !== undefined) present[name] = value;
      });
      return { rowNumber: index + 2, cells: present };
    }),
  };
}
