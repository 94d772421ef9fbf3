import type { CheckedRows } from "./import.service.js";
import type { RowLog } from "./import-cells.js";
import type { RawRow } from "./import-read.js";
import { caseRefOf } from "./import-rows.js";
import { importThread } from "./import-thread.js";
import { FIRST_STEP, STEP, type StepCases } from "./import-write.js";

/**
 * A file's rows in chunks of whole cases (the rows sharing a case number, in the order the file first
 * names each case), so that a chunk can be checked and written while the thread checks the next.
 */
function chunksOf(rows: readonly RawRow[]): RawRow[][] {
  const groups = new Map<string, RawRow[]>();
  for (const row of rows) {
    const ref = caseRefOf(row);
    const key = ref === null ? `row:${row.row}` : `case:${ref}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const chunks: RawRow[][] = [];
  let chunk: RawRow[] = [];
  let cases = 0;
  for (const group of groups.values()) {
    chunk.push(...group);
    cases++;
    // A chunk is a step of the writer.
    if (cases === (chunks.length === 0 ? FIRST_STEP : STEP)) {
      chunks.push(chunk);
      chunk = [];
      cases = 0;
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

let imports = 0;

/**
 * A real import's rows, checked in the import thread a chunk at a time while the transaction writes
 * the chunk before: the file's check no longer runs ahead of the writing. The thread keeps each chunk's
 * cases, as planImport would make them, until it builds their rows; only their shapes and the rows'
 * logs come here. Once a row has a problem and bad rows are not to be skipped, no more cases come (the
 * import will be refused and its transaction rolled back), but every row is still checked, so that the
 * report names every problem. `checked()` then gives the whole file's outcome.
 */
export class CheckedChunks {
  private readonly chunks: RawRow[][];
  private readonly prefix = `import-${++imports}:`;
  private index = 0;
  /** Chunks handed to the thread and not yet taken. */
  private readonly checking = new Map<number, ReturnType<typeof importThread.check>>();
  private readonly logs: RowLog[] = [];
  private readonly skippedRows: number[] = [];
  private cases = 0;

  constructor(
    rows: readonly RawRow[],
    private readonly skipBadRows: boolean,
  ) {
    this.chunks = chunksOf(rows);
  }

  /** The cases of the next chunk to write; undefined once there are no more to write. */
  async next(): Promise<StepCases | undefined> {
    while (this.index < this.chunks.length) {
      const index = this.index++;
      const chunk = await this.check(index);
      // The next chunk is checked while this one is built and written.
      if (this.index < this.chunks.length) this.ask(this.index);
      this.take(chunk);
      if (!this.refused()) return { shapes: chunk.shapes, cases: { kept: this.key(index) } };
    }
    return undefined;
  }

  /** Every row checked: the logs in the file's order, skipped rows sorted. */
  async checked(): Promise<CheckedRows> {
    while (this.index < this.chunks.length) this.take(await this.check(this.index++));
    const logs = [...this.logs].sort((a, b) => a.row - b.row);
    const invalid = logs.filter((log) => log.issues.length > 0).length;
    return { logs, cases: this.cases, skippedRows: [...this.skippedRows].sort((a, b) => a - b), invalid };
  }

  /**
   * Lets the thread drop what it kept of this import: call when the import ends, however it ends. Never
   * fails, so that it cannot hide the error an import ended with (a thread that died kept nothing).
   */
  close(): Promise<void> {
    return importThread.forget(this.prefix).catch(() => undefined);
  }

  /** Whether a problem has been found that refuses the whole import. */
  private refused(): boolean {
    return !this.skipBadRows && this.skippedRows.length > 0;
  }

  private key(index: number): string {
    return `${this.prefix}${index}`;
  }

  /** Hands the chunk to the thread, once. */
  private ask(index: number): void {
    if (this.checking.has(index)) return;
    const checked = importThread.check(this.key(index), this.chunks[index] as RawRow[]);
    // Awaited when its turn comes; a failure of the write meanwhile must not leave it unhandled.
    checked.catch(() => undefined);
    this.checking.set(index, checked);
  }

  /** The chunk as the thread checked it. */
  private check(index: number) {
    this.ask(index);
    const checked = this.checking.get(index) as ReturnType<typeof importThread.check>;
    this.checking.delete(index);
    return checked;
  }

  private take(chunk: Awaited<ReturnType<typeof importThread.check>>): void {
    this.logs.push(...chunk.logs);
    this.skippedRows.push(...chunk.skippedRows);
    this.cases += chunk.shapes.length;
  }
}
