import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("configuration", () => {
  it("has working defaults", () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.sessionIdleMs).toBe(30 * 60_000);
    expect(config.pgliteCacheMb).toBe(256);
  });

  it("names the variable that is wrong", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({ SAFEPATH_MASTER_KEY: "short" })).toThrow(/SAFEPATH_MASTER_KEY/);
    expect(() => loadConfig({ SAFEPATH_PGLITE_CACHE_MB: "8" })).toThrow(/SAFEPATH_PGLITE_CACHE_MB/);
    expect(loadConfig({ SAFEPATH_PGLITE_CACHE_MB: "512" }).pgliteCacheMb).toBe(512);
  });
});
