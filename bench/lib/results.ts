import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export type Unit = "ms" | "per_s" | "ratio" | "MB";
export type DbKind = "pglite" | "postgresql";

/** One line of bench/results/*.json, as docs/bench.md defines it. */
export interface Metric {
  value: number;
  unit: Unit;
  /** Rows in the dataset the figure was measured on. */
  n: number;
  db: DbKind;
}

export interface Meta {
  date: string;
  commit: string;
  node: string;
  cpus: number;
  quick: boolean;
}

const ORDER = ["start.", "auth.", "api.list.", "sql.", "api.overhead."];
const DB_ORDER: DbKind[] = ["pglite", "postgresql"];

export class Results {
  private readonly metrics = new Map<string, Metric>();

  set(name: string, metric: Metric): void {
    if (!Number.isFinite(metric.value)) throw new Error(`metric ${name} is not a finite number: ${metric.value}`);
    this.metrics.set(name, metric);
  }

  get(name: string): Metric | undefined {
    return this.metrics.get(name);
  }

  /** Grouped by database (PGlite first), then start, auth, api, sql, overhead; by name within each. */
  entries(): [string, Metric][] {
    const rank = (name: string) => {
      const i = ORDER.findIndex((prefix) => name.startsWith(prefix));
      return i === -1 ? ORDER.length : i;
    };
    return [...this.metrics.entries()].sort(
      ([a, ma], [b, mb]) =>
        DB_ORDER.indexOf(ma.db) - DB_ORDER.indexOf(mb.db) || rank(a) - rank(b) || a.localeCompare(b),
    );
  }

  toJson(meta: Meta): Record<string, Metric | Meta> {
    const out: Record<string, Metric | Meta> = {};
    for (const [name, metric] of this.entries()) out[name] = metric;
    out._meta = meta;
    return out;
  }
}

export function gitCommit(cwd: string): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd, stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  } catch {
    return "uncommitted";
  }
}

export function meta(root: string, quick: boolean): Meta {
  return {
    date: new Date().toISOString(),
    commit: gitCommit(root),
    node: process.version,
    cpus: os.cpus().length,
    quick,
  };
}

export async function writeResults(file: string, json: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
}

const UNIT_LABEL: Record<Unit, string> = { ms: "ms", per_s: "/s", ratio: "×", MB: "MB" };

/** A short table for people; the JSON is the record. */
export function formatTable(results: Results, targets: Record<string, string>): string {
  const rows = results
    .entries()
    .map(([name, m]) => [name, `${m.value} ${UNIT_LABEL[m.unit]}`, String(m.n), m.db, targets[name] ?? ""]);
  const header = ["metric", "value", "n", "db", "target"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] as number))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
