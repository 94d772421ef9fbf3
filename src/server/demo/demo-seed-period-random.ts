/**
 * A small seeded random generator for the seed period's bulk records: the same contacts and screenings on
 * every installation, without writing thousands of them out by hand.
 */
export class DemoRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: a uniform number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One value, chosen by weight. */
  pick<T extends string>(weights: Readonly<Partial<Record<T, number>>>): T {
    const entries = Object.entries(weights) as [T, number][];
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return (entries.at(-1) as [T, number])[0];
  }

  /** Up to `count` different values, chosen by weight. */
  pickDistinct<T extends string>(weights: Readonly<Partial<Record<T, number>>>, count: number): T[] {
    const left: Partial<Record<T, number>> = { ...weights };
    const chosen: T[] = [];
    while (chosen.length < count && Object.keys(left).length > 0) {
      const value = this.pick(left);
      chosen.push(value);
      delete left[value];
    }
    return chosen;
  }
}

/** Splits a total into `parts` counts of at least `min` and at most `max` each, at random, adding up exactly. */
export function spread(random: DemoRandom, total: number, parts: number, min: number, max: number): number[] {
  if (total < parts * min || total > parts * max) throw new Error(`cannot spread ${total} over ${parts}`);
  const counts = Array.from({ length: parts }, () => min);
  let left = total - parts * min;
  while (left > 0) {
    const index = random.int(0, parts - 1);
    if ((counts[index] as number) >= max) continue;
    counts[index] = (counts[index] as number) + 1;
    left -= 1;
  }
  return counts;
}

/** Every day from one date to another, both included (YYYY-MM-DD). */
export function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); day.toISOString().slice(0, 10) <= to; ) {
    days.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return days;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
