/** Bounds of the warm-up before a measured run, in one-second windows. */
export interface WarmUp {
  minSeconds: number;
  maxSeconds: number;
}

/**
 * Runs one-second windows until the rate stops rising: two windows in a row no more than 10 % above
 * the best earlier one, after at least minSeconds, at most maxSeconds. A freshly started PGlite needs
 * this: V8 compiles its WebAssembly with the baseline tier first and the optimising tier over the
 * next several seconds, and the first seconds run at a fraction of the steady rate.
 * Returns the rate of every window, for the log.
 */
export async function warmUp(window: () => Promise<number>, bounds: WarmUp): Promise<number[]> {
  const rates: number[] = [];
  let flat = 0;
  for (let i = 0; i < bounds.maxSeconds; i++) {
    const best = rates.length > 0 ? Math.max(...rates) : 0;
    const rate = await window();
    rates.push(rate);
    flat = best > 0 && rate < best * 1.1 ? flat + 1 : 0;
    if (rates.length >= bounds.minSeconds && flat >= 2) break;
  }
  return rates;
}
