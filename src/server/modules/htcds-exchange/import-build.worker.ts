import { parentPort } from "node:worker_threads";
import type { SealingKit } from "../../crypto/keyring.js";
import { type BuildContext, type BuildPart, buildStep, type Step } from "./import-build.js";

/** A step to build, as import-builder.ts posts it. */
export interface BuildRequest {
  id: number;
  kit: SealingKit;
  ctx: BuildContext;
  part: BuildPart;
}

export type BuildReply = { id: number; step: Step } | { id: number; failure: string };

// Buffers arrive as plain Uint8Arrays: the same bytes, without Buffer's methods.
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

parentPort?.on("message", (request: BuildRequest) => {
  let reply: BuildReply;
  try {
    const kit = { ...request.kit, dataKey: asBuffer(request.kit.dataKey), indexKey: asBuffer(request.kit.indexKey) };
    reply = { id: request.id, step: buildStep(kit, request.ctx, request.part) };
  } catch (error) {
    // The name and message of a fault in this code, never a value of the rows.
    reply = { id: request.id, failure: error instanceof Error ? `${error.name}: ${error.message}` : "unknown" };
  }
  parentPort?.postMessage(reply);
});
