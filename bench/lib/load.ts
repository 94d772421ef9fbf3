import autocannon from "autocannon";
import { percentile } from "./stats.js";
import { type WarmUp, warmUp } from "./warmup.js";

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  connections: number;
  durationSeconds: number;
  warmup: WarmUp;
}

export interface LoadResult {
  /** 2xx responses per second of the measured run. */
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requests: number;
  seconds: number;
  /** Requests per second of each warm-up window. */
  warmupRates: number[];
}

interface RunOutcome {
  latencies: number[];
  ok: number;
  failed: Map<string, number>;
  seconds: number;
}

/**
 * One autocannon run. autocannon's own histogram has no 95th percentile, so every response time is
 * kept here and the percentiles are computed from all of them.
 */
async function runOnce(options: LoadOptions, seconds: number): Promise<RunOutcome> {
  const latencies: number[] = [];
  const failed = new Map<string, number>();
  let ok = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: options.url, headers: options.headers, connections: options.connections, duration: seconds, timeout: 30 },
      (error: unknown, finished: autocannon.Result) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) {
        ok++;
        latencies.push(responseTime);
      } else {
        failed.set(String(statusCode), (failed.get(String(statusCode)) ?? 0) + 1);
      }
    });
  });
  if (result.errors > 0) failed.set("errors", result.errors);
  if (result.timeouts > 0) failed.set("timeouts", result.timeouts);
  return { latencies, ok, failed, seconds: result.duration };
}

/** Warm-up windows (discarded), then the measured run with the same connections. */
export async function loadTest(options: LoadOptions): Promise<LoadResult> {
  const warmupRates = await warmUp(async () => {
    const window = await runOnce(options, 1);
    return window.ok / window.seconds;
  }, options.warmup);
  const run = await runOnce(options, options.durationSeconds);
  if (run.failed.size > 0 || run.ok === 0) {
    throw new Error(
      `load test of ${options.url}: ${run.ok} ok, failures ${JSON.stringify(Object.fromEntries(run.failed))}`,
    );
  }
  return {
    rps: run.ok / run.seconds,
    p50Ms: percentile(run.latencies, 50),
    p95Ms: percentile(run.latencies, 95),
    p99Ms: percentile(run.latencies, 99),
    requests: run.ok,
    seconds: run.seconds,
    warmupRates,
  };
}
