import { afterEach, describe, expect, it, vi } from "vitest";
import type { Services } from "../services.js";
import { schedulePgliteUpkeep } from "./maintenance.js";

function fakeServices(kind: "pglite" | "postgresql") {
  const exec = vi.fn(async () => undefined);
  const services = {
    database: { kind, withConnection: async (fn: (c: { exec: typeof exec }) => Promise<unknown>) => fn({ exec }) },
  } as unknown as Services;
  return { services, exec };
}

describe("schedulePgliteUpkeep", () => {
  afterEach(() => vi.useRealTimers());

  it("vacuums and analyses PGlite every six hours until stopped", async () => {
    vi.useFakeTimers();
    const { services, exec } = fakeServices("pglite");
    const stop = schedulePgliteUpkeep(services, () => undefined);
    await vi.advanceTimersByTimeAsync(6 * 60 * 60 * 1000);
    expect(exec).toHaveBeenCalledWith("VACUUM (ANALYZE)");
    stop();
    await vi.advanceTimersByTimeAsync(12 * 60 * 60 * 1000);
    expect(exec).toHaveBeenCalledTimes(1);
  });

  it("leaves PostgreSQL to its autovacuum", async () => {
    vi.useFakeTimers();
    const { services, exec } = fakeServices("postgresql");
    schedulePgliteUpkeep(services, () => undefined);
    await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
    expect(exec).not.toHaveBeenCalled();
  });
});
