import { type BuildCase, type CaseShape, forBuilding, shapeOf } from "./import-build.js";
import { casesOf } from "./import-cases.js";
import type { RowLog } from "./import-cells.js";
import type { RawRow } from "./import-read.js";
import { parseRow } from "./import-rows.js";

/** What the main thread learns of a chunk of a real import checked in the thread (import-stream.ts). */
export interface CheckedChunk {
  /** Every row's log, in the chunk's order. */
  logs: RowLog[];
  /** Rows of the cases left out, for a problem of theirs or of a row of their case. */
  skippedRows: number[];
  /** The cases without a problem, in order: the thread keeps them until it builds them. */
  shapes: CaseShape[];
}

/** A chunk's rows checked, grouped and built into cases as planImport does, for the thread to keep. */
export function checkChunk(rows: readonly RawRow[]): { checked: CheckedChunk; cases: BuildCase[] } {
  const parsed = rows.map(parseRow);
  const { cases, skippedRows } = casesOf(parsed);
  return {
    checked: { logs: parsed.map((row) => row.log), skippedRows, shapes: cases.map(shapeOf) },
    cases: cases.map(forBuilding),
  };
}
