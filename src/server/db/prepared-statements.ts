import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";
import type pg from "pg";
import type { ClientSource } from "./next-turn-release.js";

/**
 * A pg pool whose clients run every parameterised statement as a named prepared statement: parsed,
 * analysed and (once PostgreSQL judges a generic plan good enough, after five executions) planned once
 * per connection rather than at every call. Planning was most of a short statement's time (a case-list
 * page, a name search's lookups), above all on PGlite, which runs every statement on one thread.
 *
 * Each connection keeps at most `capacity` statements, the least recently used deallocated first: the
 * application's statement texts are many (each combination of list filters is one), and every prepared
 * statement holds memory in its backend. Statements without parameters (BEGIN, COMMIT, a script of
 * several statements) are sent as they are.
 */
export function preparingPool(pool: ClientSource, capacity: number): PostgresPool {
  const caches = new WeakMap<object, StatementCache>();
  return {
    options: pool.options,
    end: () => pool.end(),
    connect: async () => {
      const client = await pool.connect();
      // Keyed by the client's connection: pg keeps the names it has prepared there.
      const connection = connectionOf(client);
      let cache = caches.get(connection);
      if (!cache) {
        cache = new StatementCache(connection, capacity);
        caches.set(connection, cache);
      }
      return cache.bind(client);
    },
  };
}

/** What pg keeps per connection about named statements; it offers no call to forget one. */
interface NamedStatements {
  parsedStatements: Record<string, string>;
}

function connectionOf(client: pg.PoolClient): NamedStatements {
  const connection = (client as unknown as { connection?: NamedStatements }).connection;
  if (!connection?.parsedStatements) throw new Error("pg client without a connection to prepare statements on");
  return connection;
}

/** PostgreSQL's refusal to reuse a plan whose columns changed underneath it (a migration's new column). */
function isChangedResultType(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as { code?: string }).code === "0A000" &&
    error.message.includes("cached plan must not change result type")
  );
}

class StatementCache {
  /** Statement text → name, least recently used first (a Map iterates in insertion order). */
  private readonly names = new Map<string, string>();
  private counter = 0;

  constructor(
    private readonly connection: NamedStatements,
    private readonly capacity: number,
  ) {}

  /** The client as Kysely uses it, its statements named in this connection's cache. */
  bind(client: pg.PoolClient): PostgresPoolClient {
    return {
      // Kysely streams through a cursor only when given one; it is not, so every call has a text.
      query: ((text: string, values: readonly unknown[]) =>
        this.query(client, text, values)) as PostgresPoolClient["query"],
      release: (destroy) => client.release(destroy),
    };
  }

  private async query<R>(
    client: pg.PoolClient,
    text: string,
    values: readonly unknown[],
  ): Promise<PostgresQueryResult<R>> {
    if (values.length === 0) return client.query(text) as unknown as PostgresQueryResult<R>;
    const name = await this.nameOf(client, text);
    try {
      const result = await client.query({ name, text, values: values as unknown[] });
      return result as unknown as PostgresQueryResult<R>;
    } catch (error) {
      // After a column is added to a table a prepared `SELECT *` fails once; the statement is dropped
      // so that the next call prepares it afresh. The old one stays in the backend until it closes: it
      // cannot be deallocated while the failed transaction lasts, and a migration happens rarely.
      if (isChangedResultType(error)) this.forget(text, name);
      throw error;
    }
  }

  private async nameOf(client: pg.PoolClient, text: string): Promise<string> {
    const known = this.names.get(text);
    if (known) {
      this.names.delete(text);
      this.names.set(text, known);
      return known;
    }
    if (this.names.size >= this.capacity) await this.evictLeastRecent(client);
    // Never reused on this connection, so a forgotten statement's name cannot meet another text.
    const name = `safepath_${(++this.counter).toString(36)}`;
    this.names.set(text, name);
    return name;
  }

  private async evictLeastRecent(client: pg.PoolClient): Promise<void> {
    const [text, name] = this.names.entries().next().value as [string, string];
    // If this fails (the transaction has already failed), the statement stays known and prepared.
    await client.query(`DEALLOCATE ${name}`);
    this.forget(text, name);
  }

  private forget(text: string, name: string): void {
    this.names.delete(text);
    delete this.connection.parsedStatements[name];
  }
}
