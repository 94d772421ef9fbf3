import type { Results } from "./results.js";

/** The targets of docs/bench.md and the issues, by metric name (bench/README.md maps each to its metric). */
export const TARGETS: Record<string, { label: string; met: (v: number) => boolean }> = {
  "start.cold_ms": { label: "< 5000 ms", met: (v) => v < 5000 },
  "api.list.p95_ms.pglite": { label: "< 150 ms", met: (v) => v < 150 },
  "api.list.p95_ms.postgresql": { label: "< 50 ms", met: (v) => v < 50 },
  "api.overhead.ratio.pglite": { label: ">= 0.33", met: (v) => v >= 1 / 3 },
  "api.overhead.ratio.postgresql": { label: ">= 0.33", met: (v) => v >= 1 / 3 },
  "cases.intake.per_s": { label: ">= 1000 /s", met: (v) => v >= 1000 },
  "cases.intake.per_s.postgresql": { label: ">= 1000 /s", met: (v) => v >= 1000 },
  "cases.search_name.p95_ms.pglite": { label: "< 50 ms", met: (v) => v < 50 },
  "cases.search_name.p95_ms.postgresql": { label: "< 50 ms", met: (v) => v < 50 },
  "cases.duplicates.p95_ms.pglite": { label: "< 100 ms", met: (v) => v < 100 },
  "cases.duplicates.p95_ms.postgresql": { label: "< 100 ms", met: (v) => v < 100 },
  "cases.list_filtered.p95_ms.pglite": { label: "< 50 ms", met: (v) => v < 50 },
  "cases.list_filtered.p95_ms.postgresql": { label: "< 50 ms", met: (v) => v < 50 },
  "cases.import.rows_per_s": { label: ">= 2000 /s", met: (v) => v >= 2000 },
  "cases.import.rows_per_s.postgresql": { label: ">= 2000 /s", met: (v) => v >= 2000 },
  "screening.score.inproc_per_s": { label: ">= 50000 /s", met: (v) => v >= 50000 },
  "screening.figures_ms.postgresql": { label: "< 300 ms", met: (v) => v < 300 },
  "hotline.figures_ms.postgresql": { label: "< 300 ms", met: (v) => v < 300 },
  "sitrep.html_ms.postgresql": { label: "< 2000 ms", met: (v) => v < 2000 },
  "sitrep.pdf_ms.postgresql": { label: "< 5000 ms", met: (v) => v < 5000 },
  "sitrep.docx_ms.postgresql": { label: "< 5000 ms", met: (v) => v < 5000 },
};

/** Each target with "ok" or "MISSED" where the run measured its metric. */
export function targetLabels(results: Results): Record<string, string> {
  return Object.fromEntries(
    Object.entries(TARGETS).map(([name, t]) => {
      const m = results.get(name);
      return [name, m ? `${t.label} ${t.met(m.value) ? "ok" : "MISSED"}` : t.label];
    }),
  );
}
