// `npm start`: build what is not built, then run the server (migrations and demo data happen inside).
import { ensureBuilt } from "./ensure-built.mjs";

await ensureBuilt();
process.argv = [process.argv[0], "safepath", ...process.argv.slice(2)];
await import("../dist/server/main.js");
