import os from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    environment: "node",
    testTimeout: 30000,
    hookTimeout: 60000,
    pool: "forks",
    // One worker process runs many files: the server's modules load once per worker, not once per file
    // (that loading was more than half of the suite's time). Test files hold no module state of their
    // own that another file could see; vi.useFakeTimers and vi.stubGlobal are undone after each test.
    isolate: false,
    // Much of a test's time is waiting on PostgreSQL or argon2, so two workers help even on two cores.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    globalSetup: ["src/server/testing/global-setup.ts"],
  },
});
