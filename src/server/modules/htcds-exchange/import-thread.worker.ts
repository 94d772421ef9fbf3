import { parentPort } from "node:worker_threads";
import type { SealingKit } from "../../crypto/keyring.js";
import { type BuildCase, type BuildContext, type BuildPart, buildStep, type Step } from "./import-build.js";
import { type CheckedChunk, checkChunk } from "./import-chunk.js";
import type { RawRow } from "./import-read.js";
import { type ParsedRow, parseRow } from "./import-rows.js";

/**
 * What import-thread.ts asks of the thread: check some rows of a file; check a chunk of a real import
 * and keep its cases under a key; build a step of rows to write, of cases given or kept; or forget what
 * an import kept (it failed, or ended).
 */
export type ThreadTask =
  | { task: "parse"; rows: RawRow[] }
  | { task: "check"; key: string; rows: RawRow[] }
  | { task: "build"; kit: SealingKit; ctx: BuildContext; part: BuildPart<BuildCase[] | { kept: string }> }
  | { task: "forget"; prefix: string };

export type ThreadRequest = { id: number } & ThreadTask;

export type ThreadReply = { id: number } & (
  | { parsed: ParsedRow[] }
  | { checked: CheckedChunk }
  | { step: Step }
  | { forgotten: number }
  | { failure: string }
);

/** Cases of chunks checked and not yet built, by key. */
const kept = new Map<string, BuildCase[]>();

function keptCases(key: string): BuildCase[] {
  const cases = kept.get(key);
  if (!cases) throw new Error("No cases are kept under that key.");
  kept.delete(key);
  return cases;
}

// Buffers arrive as plain Uint8Arrays: the same bytes, without Buffer's methods.
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function run(request: ThreadRequest): ThreadReply {
  if (request.task === "parse") return { id: request.id, parsed: request.rows.map(parseRow) };
  if (request.task === "check") {
    const { checked, cases } = checkChunk(request.rows);
    kept.set(request.key, cases);
    return { id: request.id, checked };
  }
  if (request.task === "forget") {
    const keys = [...kept.keys()].filter((key) => key.startsWith(request.prefix));
    for (const key of keys) kept.delete(key);
    return { id: request.id, forgotten: keys.length };
  }
  const { part } = request;
  const cases = Array.isArray(part.cases) ? part.cases : keptCases(part.cases.kept);
  const kit = { ...request.kit, dataKey: asBuffer(request.kit.dataKey), indexKey: asBuffer(request.kit.indexKey) };
  return { id: request.id, step: buildStep(kit, request.ctx, { ...part, cases }) };
}

parentPort?.on("message", (request: ThreadRequest) => {
  let reply: ThreadReply;
  try {
    reply = run(request);
  } catch (error) {
    // The name and message of a fault in this code, never a value of the rows.
    reply = { id: request.id, failure: error instanceof Error ? `${error.name}: ${error.message}` : "unknown" };
  }
  parentPort?.postMessage(reply);
});
