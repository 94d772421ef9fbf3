import { defineConfig } from "vitest/config";

// Browser journeys start the built server and Chromium; one file at a time keeps ports and CPU calm.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 240000,
    pool: "forks",
  },
});
