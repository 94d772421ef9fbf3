import { parentPort } from "node:worker_threads";
import type { SealingKit } from "../../crypto/keyring.js";
import { type BuildContext, type BuildPart, buildStep, type Step } from "./import-build.js";
import type { RawRow } from "./import-read.js";
import { type ParsedRow, parseRow } from "./import-rows.js";

/** What import-thread.ts asks of the thread: check some rows of a file, or build a step of rows to write. */
export type ThreadTask =
  | { task: "parse"; rows: RawRow[] }
  | { task: "build"; kit: SealingKit; ctx: BuildContext; part: BuildPart };

export type ThreadRequest = { id: number } & ThreadTask;

export type ThreadReply = { id: number } & ({ parsed: ParsedRow[] } | { step: Step } | { failure: string });

// Buffers arrive as plain Uint8Arrays: the same bytes, without Buffer's methods.
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function run(request: ThreadRequest): ThreadReply {
  if (request.task === "parse") return { id: request.id, parsed: request.rows.map(parseRow) };
  const kit = { ...request.kit, dataKey: asBuffer(request.kit.dataKey), indexKey: asBuffer(request.kit.indexKey) };
  return { id: request.id, step: buildStep(kit, request.ctx, request.part) };
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
