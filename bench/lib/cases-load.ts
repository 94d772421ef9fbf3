import autocannon from "autocannon";
import { percentile } from "./stats.js";
import { type WarmUp, warmUp } from "./warmup.js";

/** One request of a mix; autocannon sends them in turn on every connection. */
export interface MixedRequest {
  method: "GET" | "POST";
  path: string;
  /** JSON body of a POST. */
  body?: unknown;
}

export interface MixOptions {
  baseUrl: string;
  token: string;
  requests: MixedRequest[];
  connections: number;
  durationSeconds: number;
  warmup: WarmUp;
}

export interface MixResult {
  /** True when the run counted answers (5 per connection) because the time window saw too few. */
  counted: boolean;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requests: number;
  warmupRates: number[];
}

/** A run of `seconds`, or of `amount` requests when answers are too slow for a time window. */
type Span = { seconds: number } | { amount: number };

async function runOnce(options: MixOptions, span: Span) {
  const latencies: number[] = [];
  const failed = new Map<string, number>();
  const headers = { authorization: `Bearer ${options.token}`, "content-type": "application/json" };
  const requests = options.requests.map((r) => ({
    method: r.method,
    path: r.path,
    headers: r.method === "POST" ? headers : { authorization: headers.authorization },
    ...(r.body === undefined ? {} : { body: JSON.stringify(r.body) }),
  }));
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        requests,
        connections: options.connections,
        ...("seconds" in span ? { duration: span.seconds, timeout: 30 } : { amount: span.amount, timeout: 120 }),
      },
      (error: unknown, finished: autocannon.Result) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else failed.set(String(statusCode), (failed.get(String(statusCode)) ?? 0) + 1);
    });
  });
  if (result.errors > 0) failed.set("errors", result.errors);
  if (result.timeouts > 0) failed.set("timeouts", result.timeouts);
  return { latencies, failed, seconds: result.duration };
}

/** Waits until the server has worked off requests abandoned by a finished window (they queue ahead). */
async function drain(options: MixOptions): Promise<void> {
  const first = options.requests[0];
  if (!first) return;
  const response = await fetch(`${options.baseUrl}${first.path}`, {
    method: first.method,
    headers: { authorization: `Bearer ${options.token}`, "content-type": "application/json" },
    ...(first.body === undefined ? {} : { body: JSON.stringify(first.body) }),
    signal: AbortSignal.timeout(600_000),
  });
  await response.arrayBuffer();
}

/**
 * A closed-loop load of a mix of requests (names in several scripts, several filter sets) after the
 * warm-up of bench/lib/warmup.ts; percentiles over every response. Any non-2xx answer fails the run.
 * When answers take longer than a window allows (a warm-up second with answers for fewer than half the
 * connections, or a measured window with fewer than two per connection), the requests still in
 * flight at its end would be thrown away and would queue ahead of the next window's: then a fixed number
 * of answers (five per connection) is counted instead, after the server has worked off the backlog.
 */
export async function loadMix(options: MixOptions): Promise<MixResult> {
  let slow = false;
  let lastRate = 0;
  const warmupRates = await warmUp(async () => {
    if (slow) return lastRate;
    const window = await runOnce(options, { seconds: 1 });
    slow = window.failed.size === 0 && window.latencies.length < options.connections / 2;
    lastRate = window.latencies.length / window.seconds;
    return lastRate;
  }, options.warmup);
  let run = slow ? undefined : await runOnce(options, { seconds: options.durationSeconds });
  if (run && run.failed.size === 0 && run.latencies.length < 2 * options.connections) slow = true;
  if (slow) {
    await drain(options);
    run = await runOnce(options, { amount: 5 * options.connections });
  }
  const first = options.requests[0];
  if (!run || run.failed.size > 0 || run.latencies.length === 0) {
    throw new Error(
      `load test of ${first?.method} ${first?.path}: ${run?.latencies.length ?? 0} ok, failures ${JSON.stringify(Object.fromEntries(run?.failed ?? []))}`,
    );
  }
  return {
    counted: slow,
    rps: run.latencies.length / run.seconds,
    p50Ms: percentile(run.latencies, 50),
    p95Ms: percentile(run.latencies, 95),
    p99Ms: percentile(run.latencies, 99),
    requests: run.latencies.length,
    warmupRates,
  };
}
