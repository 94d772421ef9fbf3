// Regenerates docs/api.md from the registered routes.
import { writeFile } from "node:fs/promises";
import { buildApp } from "../src/server/app.js";
import { renderApiDoc } from "../src/server/docs/api-doc.js";
import { createTestServices } from "../src/server/testing/databases.js";

const context = await createTestServices("pglite");
const app = await buildApp(context.services, { logger: false, web: false });
await app.ready();
await writeFile(new URL("../docs/api.md", import.meta.url), renderApiDoc(app));
await app.close();
await context.close();
console.log("docs/api.md written");
