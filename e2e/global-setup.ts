import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startServer } from "./helpers.js";

/**
 * Seeds the demo data once per run: a server starts on a new data directory (migrations, demo data), stops,
 * and every test file's server starts on a copy of that directory. Seeding takes most of a start; the copies
 * are as fresh as a new directory, since each file gets its own.
 */
export default async function setup(project: TestProject) {
  const template = await startServer({ keepDataDir: true });
  await template.stop();
  project.provide("e2eTemplateDataDir", template.dataDir);
  return () => rmSync(template.dataDir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    e2eTemplateDataDir: string;
  }
}
