import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export const HOST = "127.0.0.1";
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;
const POLL_MS = 10;
const TAIL_BYTES = 8_192;

/** A port the kernel just handed out on the loopback interface. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, HOST);
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

export interface ServerOptions {
  root: string;
  env: Record<string, string>;
  /** Extra arguments for node, e.g. --cpu-prof. */
  nodeArgs?: string[];
}

/** One `node dist/server/main.js serve` child on a loopback port. */
export class ServerProcess {
  readonly baseUrl: string;
  private output = "";
  private exited: Promise<number | null>;
  private hasExited = false;
  private exitStatus = "";

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
    /** performance.now() just before spawn. */
    readonly spawnedAt: number,
  ) {
    this.baseUrl = `http://${HOST}:${port}`;
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString("utf8")).slice(-TAIL_BYTES);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    this.exited = new Promise((resolve) => {
      child.once("exit", (code, signal) => {
        this.hasExited = true;
        this.exitStatus = signal ? `signal ${signal}` : `exit code ${code}`;
        resolve(code);
      });
    });
  }

  static async spawn(options: ServerOptions): Promise<ServerProcess> {
    const port = await freePort();
    // Only what the server needs: a DATABASE_URL or SAFEPATH_* of the caller's shell must not leak in.
    const inherited = Object.fromEntries(
      ["PATH", "HOME", "TMPDIR", "LANG"].flatMap((k) => (process.env[k] ? [[k, process.env[k]]] : [])),
    );
    const env: NodeJS.ProcessEnv = {
      ...inherited,
      ...options.env,
      PORT: String(port),
      HOST,
    };
    const spawnedAt = performance.now();
    const child = spawn(
      process.execPath,
      [...(options.nodeArgs ?? []), path.join(options.root, "dist/server/main.js"), "serve"],
      {
        cwd: options.root,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    return new ServerProcess(child, port, spawnedAt);
  }

  /** Last lines the server wrote, for error messages. */
  tail(): string {
    return this.output.trim();
  }

  /** Polls GET /api/health until 200; returns milliseconds from spawn to that answer. */
  async waitHealthy(): Promise<number> {
    const deadline = performance.now() + START_TIMEOUT_MS;
    while (performance.now() < deadline) {
      if (this.hasExited)
        throw new Error(`the server exited (${this.exitStatus}) before it was healthy:\n${this.tail()}`);
      try {
        const response = await fetch(`${this.baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
        await response.arrayBuffer();
        if (response.status === 200) return performance.now() - this.spawnedAt;
      } catch {
        // not listening yet
      }
      await sleep(POLL_MS);
    }
    throw new Error(`the server was not healthy within ${START_TIMEOUT_MS / 1000} s:\n${this.tail()}`);
  }

  /** SIGTERM, as an operator would stop it; SIGKILL to this one process if it hangs. */
  async stop(): Promise<void> {
    if (this.hasExited) return;
    this.child.kill("SIGTERM");
    const stopped = await Promise.race([this.exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
    if (!stopped) {
      this.child.kill("SIGKILL");
      await this.exited;
      throw new Error(`the server did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM:\n${this.tail()}`);
    }
  }
}
