import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { releasingOnNextTurn } from "./next-turn-release.js";
import { pgliteClientConfig } from "./pglite-stream.js";
import { preparingPool } from "./prepared-statements.js";
import type { Schema } from "./schema.js";

export type DatabaseKind = "pglite" | "postgresql";

/** A connection that accepts several statements in one string (migrations, restore). */
export interface RawConnection {
  exec(sql: string): Promise<void>;
  query<R>(sql: string, params?: unknown[]): Promise<R[]>;
}

export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Kysely<Schema>;
  /** Runs fn on one reserved connection; nothing else uses it meanwhile. */
  withConnection<T>(fn: (conn: RawConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type ConnectOptions =
  /**
   * fromSnapshot: start an in-memory database from a dump of another (tests: migrated once, copied many
   * times). cacheMb: PostgreSQL's page cache (shared_buffers); PostgreSQL's default, 128 MB, without it.
   */
  | { kind: "pglite"; dataDir: string | undefined; fromSnapshot?: Blob; cacheMb?: number }
  | { kind: "postgresql"; url: string; poolSize: number };

// bigint and numeric come back as strings from both drivers: no silent precision loss. A calendar
// date stays "YYYY-MM-DD": turning it into a Date at local midnight shifts it across time zones.
const INT8_OID = 20;
const NUMERIC_OID = 1700;
const DATE_OID = 1082;
pg.types.setTypeParser(INT8_OID, (v) => v);
pg.types.setTypeParser(NUMERIC_OID, (v) => v);
pg.types.setTypeParser(DATE_OID, (v) => v);

export async function connectDatabase(options: ConnectOptions): Promise<Database> {
  return options.kind === "pglite"
    ? connectPglite(options.dataDir, options.fromSnapshot, options.cacheMb)
    : connectPostgres(options.url, options.poolSize);
}

/** A copy of an in-memory PGlite database's files, to start others from (see ConnectOptions). */
export async function snapshotPglite(database: Database): Promise<Blob> {
  const pglite = PGLITE_OF.get(database);
  if (!pglite) throw new Error("only a PGlite database has a snapshot");
  return pglite.dumpDataDir("none");
}

const PGLITE_OF = new WeakMap<Database, PGlite>();

/** Prepared statements kept per connection (see prepared-statements.ts). */
const STATEMENTS_PER_CONNECTION = 200;

async function connectPglite(
  dataDir: string | undefined,
  fromSnapshot: Blob | undefined,
  cacheMb: number | undefined,
): Promise<Database> {
  const cache = cacheMb === undefined ? [] : ["-c", `shared_buffers=${cacheMb}MB`];
  // Without a directory PGlite ignores its options (parsers included): name the in-memory store.
  const pglite = new PGlite(dataDir ?? "memory://", {
    extensions: { pg_trgm },
    parsers: { [INT8_OID]: (v: string) => v, [NUMERIC_OID]: (v: string) => v, [DATE_OID]: (v: string) => v },
    // PGlite never forces its files to disk (its default is fsync off, and under Node even fsync on
    // issues no sync): what is written rests on the operating system's cache. Full-page images in the
    // WAL repair pages torn by a crash of the machine, which nothing here survives anyway, and a crash
    // of the process cannot tear a page. They cost about half of what a bulk write puts in the WAL.
    startParams: [...PGlite.defaultStartParams, "-c", "full_page_writes=off", ...cache],
    ...(fromSnapshot ? { loadDataDir: fromSnapshot } : {}),
  });
  await pglite.waitReady;
  // The queries go through node-postgres, which reads PGlite's answers as a server's (pglite-stream.ts):
  // one driver for both kinds, and prepared statements, which PGlite's query() cannot keep. One
  // connection, never closed when idle, so that its prepared statements last. Requests take it in the
  // order they arrived (next-turn-release.ts).
  const pool = releasingOnNextTurn(new pg.Pool({ ...pgliteClientConfig(pglite), max: 1, idleTimeoutMillis: 0 }));
  const db = new Kysely<Schema>({
    dialect: new PostgresDialect({ pool: preparingPool(pool, STATEMENTS_PER_CONNECTION) }),
  });
  const database: Database = {
    kind: "pglite",
    db,
    // Reserving a Kysely connection reserves the pool's only one, so raw statements cannot interleave.
    withConnection: (fn) =>
      db.connection().execute(() =>
        fn({
          exec: async (sql) => {
            await pglite.exec(sql);
          },
          query: async <R>(sql: string, params?: unknown[]) => (await pglite.query<R>(sql, params)).rows,
        }),
      ),
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
  PGLITE_OF.set(database, pglite);
  return database;
}

async function connectPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: "safepath" });
  // An idle connection dropped by the server (restart, failover, terminated backend) must not crash the
  // process: the pool discards it and opens a new one on next use.
  pool.on("error", (error: Error & { code?: string }) => {
    console.warn(`PostgreSQL closed an idle connection (${error.code ?? "no code"}); it will be replaced.`);
  });
  // Fail at start, with the driver's reason, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const db = new Kysely<Schema>({
    dialect: new PostgresDialect({ pool: preparingPool(pool, STATEMENTS_PER_CONNECTION) }),
  });
  return {
    kind: "postgresql",
    db,
    withConnection: async (fn) => {
      const client = await pool.connect();
      try {
        return await fn({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async <R>(sql: string, params?: unknown[]) =>
            (await client.query(sql, params as unknown[])).rows as R[],
        });
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}
