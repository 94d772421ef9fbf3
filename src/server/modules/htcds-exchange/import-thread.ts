import { Worker } from "node:worker_threads";
import type { SealingKit } from "../../crypto/keyring.js";
import type { BuildCase, BuildContext, BuildPart, Step } from "./import-build.js";
import { RowLog } from "./import-cells.js";
import type { CheckedChunk } from "./import-chunk.js";
import type { RawRow } from "./import-read.js";
import type { ParsedRow } from "./import-rows.js";
import type { ThreadReply, ThreadRequest, ThreadTask } from "./import-thread.worker.js";

// Run from the TypeScript sources (tests, scripts), the thread loads them through tsx as its caller does.
const FROM_SOURCES = import.meta.url.endsWith(".ts");
const WORKER_URL = new URL(`./import-thread.worker.${FROM_SOURCES ? "ts" : "js"}`, import.meta.url);

interface Waiting {
  resolve: (reply: ThreadReply) => void;
  reject: (error: Error) => void;
}

/**
 * A worker thread for the heavy parts of an import: checking a file's rows (for a dry run half of them,
 * beside the main thread; for a real import a chunk at a time, while the transaction writes the chunk
 * before), and sealing and hashing the rows of each step while the transaction writes the step before
 * (on the main thread they would run by turns with the writing; with PGlite, whose work also runs on the
 * main thread, one after the other). One thread per process, kept for the next import once
 * started; it holds the process open only while it has work.
 */
class ImportThread {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly waiting = new Map<number, Waiting>();

  async parse(rows: RawRow[]): Promise<ParsedRow[]> {
    const reply = await this.run({ task: "parse", rows });
    if (!("parsed" in reply)) throw new Error("The import thread answered a check with something else.");
    // A log arrives as a plain object: its methods are given back.
    return reply.parsed.map((row) => ({ ...row, log: RowLog.revive(row.log) }));
  }

  /** A chunk of a real import checked; its good cases stay in the thread under `key` until built. */
  async check(key: string, rows: RawRow[]): Promise<CheckedChunk> {
    const reply = await this.run({ task: "check", key, rows });
    if (!("checked" in reply)) throw new Error("The import thread answered a check with something else.");
    return { ...reply.checked, logs: reply.checked.logs.map((log) => RowLog.revive(log)) };
  }

  /** Drops the cases kept under keys that start with `prefix` (an import that ended or failed). */
  async forget(prefix: string): Promise<void> {
    if (this.worker) await this.run({ task: "forget", prefix });
  }

  async build(kit: SealingKit, ctx: BuildContext, part: BuildPart<BuildCase[] | { kept: string }>): Promise<Step> {
    const reply = await this.run({ task: "build", kit, ctx, part });
    if (!("step" in reply)) throw new Error("The import thread answered a build with something else.");
    return reply.step;
  }

  /**
   * Starts the thread ahead of the first import (the server does at start): loading its modules then
   * does not delay checking a file's first rows.
   */
  prepare(): void {
    this.worker ??= this.start();
  }

  private run(task: ThreadTask): Promise<ThreadReply> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<ThreadReply>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, ...task } satisfies ThreadRequest);
    });
  }

  private start(): Worker {
    const worker = FROM_SOURCES
      ? new Worker(
          `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`,
          { eval: true },
        )
      : new Worker(WORKER_URL);
    worker.unref();
    worker.on("message", (reply: ThreadReply) => {
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      if (!waiting) return;
      if ("failure" in reply) waiting.reject(new Error(`The import thread failed: ${reply.failure}`));
      else waiting.resolve(reply);
    });
    worker.on("error", (error) => this.fail(worker, error));
    worker.on("exit", (code) => this.fail(worker, new Error(`The import thread stopped (exit ${code}).`)));
    this.worker = worker;
    return worker;
  }

  /** Fails what was waiting; the next task starts a new thread. */
  private fail(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}

export const importThread = new ImportThread();
