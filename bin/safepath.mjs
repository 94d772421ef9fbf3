#!/usr/bin/env node
// `npx safepath <command>`: builds the server first if it is not built yet, then runs the command.
import { ensureBuilt } from "../scripts/ensure-built.mjs";

await ensureBuilt({ web: process.argv[2] === "serve" });
await import("../dist/server/main.js");
