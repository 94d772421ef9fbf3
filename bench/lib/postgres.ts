import { randomBytes } from "node:crypto";
import pg from "pg";

export interface ThrowAwayDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** BENCH_DATABASE_URL, else TEST_DATABASE_URL: the server on which a throw-away database is made. */
export function benchServerUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.BENCH_DATABASE_URL || env.TEST_DATABASE_URL || undefined;
}

async function adminQuery(base: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: base, application_name: "safepath-bench" });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** `safepath_bench_<random>` on the server of `base`, dropped (with its connections) by drop(). */
export async function createThrowAwayDatabase(base: string): Promise<ThrowAwayDatabase> {
  const name = `safepath_bench_${randomBytes(6).toString("hex")}`;
  await adminQuery(base, `CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Host and database of a URL without the password, for the log. */
export function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
}
