import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../testing/databases.js";
import { renderApiDoc } from "./api-doc.js";

describe("docs/api.md", () => {
  it("matches the routes the server registers (run `npm run api-doc` after changing a route)", async () => {
    const ctx = await createTestApp("pglite");
    try {
      const committed = await readFile(new URL("../../../docs/api.md", import.meta.url), "utf8");
      expect(committed).toBe(renderApiDoc(ctx.app));
    } finally {
      await ctx.close();
    }
  });
});
