import { Worker } from "node:worker_threads";
import type { SealingKit } from "../../crypto/keyring.js";
import type { BuildContext, BuildPart, Step } from "./import-build.js";
import type { BuildReply, BuildRequest } from "./import-build.worker.js";

// Run from the TypeScript sources (tests, scripts), the worker loads them through tsx as the caller does.
const FROM_SOURCES = import.meta.url.endsWith(".ts");
const WORKER_URL = new URL(`./import-build.worker.${FROM_SOURCES ? "ts" : "js"}`, import.meta.url);

interface Waiting {
  resolve: (step: Step) => void;
  reject: (error: Error) => void;
}

/**
 * Builds an import's rows in a worker thread: sealing and hashing take about as long as the database
 * takes to write them, and on the main thread they would run by turns with the writing (with PGlite,
 * whose work also runs on the main thread, one after the other). One thread per process, started by the
 * first import and kept for the next; it holds the process open only while a step is being built.
 */
class RowBuilder {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly waiting = new Map<number, Waiting>();

  build(kit: SealingKit, ctx: BuildContext, part: BuildPart): Promise<Step> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<Step>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, kit, ctx, part } satisfies BuildRequest);
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
    worker.on("message", (reply: BuildReply) => {
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      if (!waiting) return;
      if ("step" in reply) waiting.resolve(reply.step);
      else waiting.reject(new Error(`Building import rows failed: ${reply.failure}`));
    });
    worker.on("error", (error) => this.fail(worker, error));
    worker.on("exit", (code) => this.fail(worker, new Error(`The import row builder stopped (exit ${code}).`)));
    this.worker = worker;
    return worker;
  }

  /** Fails what was waiting; the next build starts a new thread. */
  private fail(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}

export const rowBuilder = new RowBuilder();
