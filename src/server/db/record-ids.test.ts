import { describe, expect, it } from "vitest";
import { RandomPool } from "../crypto/random-pool.js";
import { newRecordId } from "./record-ids.js";

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("new record ids", () => {
  it("are version 7 UUIDs that never repeat, also across refills of the random pool", () => {
    const ids = Array.from({ length: 2000 }, newRecordId);
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("sort by the time they were made, as PostgreSQL orders uuids", async () => {
    const earlier = Array.from({ length: 50 }, newRecordId);
    await sleep(3);
    const later = Array.from({ length: 50 }, newRecordId);
    for (const a of earlier) for (const b of later) expect(a < b).toBe(true);
    // Within one millisecond too: each id sorts after the one made before it.
    const run = Array.from({ length: 500 }, newRecordId);
    for (let i = 1; i < run.length; i++) expect((run[i - 1] ?? "") < (run[i] ?? "")).toBe(true);
    const stamp = Number.parseInt(later[0]?.replaceAll("-", "").slice(0, 12) ?? "", 16);
    expect(Math.abs(stamp - Date.now())).toBeLessThan(1000);
  });
});

describe("random pool", () => {
  it("hands out each byte once and copies it out of the pool", () => {
    const pool = new RandomPool(64);
    const taken = Array.from({ length: 40 }, () => pool.take(16));
    expect(new Set(taken.map((b) => b.toString("hex"))).size).toBe(40);
    const first = pool.take(16);
    const copy = Buffer.from(first);
    for (let n = 0; n < 10; n++) pool.take(16);
    expect(first.equals(copy)).toBe(true);
  });

  it("refuses more than it holds", () => {
    expect(() => new RandomPool(16).take(17)).toThrow(RangeError);
  });
});
