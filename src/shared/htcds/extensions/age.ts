/**
 * Safepath extension: age bands for reports. These are the bands of the Counter Trafficking Data
 * Collaborative (CTDC) global data set, so that aggregate figures can be compared with it and never
 * reveal an exact age.
 */
export const AGE_BANDS = ["0-8", "9-17", "18-20", "21-23", "24-26", "27-29", "30-38", "39-47", "48+"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Lowest age (in whole years) of each band, oldest first so that the first match wins. */
const LOWER_BOUNDS: ReadonlyArray<readonly [number, AgeBand]> = [
  [48, "48+"],
  [39, "39-47"],
  [30, "30-38"],
  [27, "27-29"],
  [24, "24-26"],
  [21, "21-23"],
  [18, "18-20"],
  [9, "9-17"],
  [0, "0-8"],
];

/** The band an age in years falls in; null for an age that cannot be real (negative, not a number). */
export function ageBand(age: number): AgeBand | null {
  if (!Number.isFinite(age) || age < 0) return null;
  const years = Math.floor(age);
  for (const [lower, band] of LOWER_BOUNDS) if (years >= lower) return band;
  return null;
}

/** Whether a band is a child's band (under 18), for the child/adult split every report needs. */
export function isChildAgeBand(band: AgeBand): boolean {
  return band === "0-8" || band === "9-17";
}
