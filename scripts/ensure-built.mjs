// Builds the server (tsc) and the web app (vite) when their output is missing or older than the sources.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function run(args) {
  const result = spawnSync("npx", args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export async function ensureBuilt({ web = true } = {}) {
  const sharedAndServer = Math.max(newest(path.join(root, "src/server")), newest(path.join(root, "src/shared")));
  if (mtime(path.join(root, "dist/server/main.js")) < sharedAndServer) {
    console.log("Building the server…");
    run(["tsc", "-p", "tsconfig.server.json"]);
  }
  if (
    web &&
    mtime(path.join(root, "dist/web/index.html")) <
      Math.max(newest(path.join(root, "src/web")), newest(path.join(root, "src/shared")))
  ) {
    console.log("Building the web app…");
    run(["vite", "build", "--logLevel", "warn"]);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await ensureBuilt();
