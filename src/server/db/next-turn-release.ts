import type pg from "pg";

/** What the statement cache (prepared-statements.ts) needs of a pool. */
export interface ClientSource {
  readonly options: pg.PoolConfig;
  connect(): Promise<pg.PoolClient>;
  end(): Promise<void>;
}

/**
 * A pool whose connections go back to it at the next turn of the event loop, not at once: for PGlite's
 * one connection.
 *
 * PGlite runs every statement on the server's one thread and answers it without a turn of the event
 * loop, so a request ran from its first statement to its response without Node reading any other request.
 * Node then read the requests waiting at that moment, ran them back to back, and read again: a request
 * that came in just after a reading waited for that whole batch and then, in no set order, for the next
 * one. Freed at the next turn, the connection goes to the longest waiting, after Node has read what arrived
 * meanwhile, and requests are served in the order they came.
 */
export function releasingOnNextTurn(pool: pg.Pool): ClientSource {
  return {
    options: pool.options,
    end: () => pool.end(),
    connect: async () => {
      const client = await pool.connect();
      // pg gives a client a new release function at each checkout: wrapped anew each time.
      const release = client.release;
      let released = false;
      client.release = (destroy?: Error | boolean) => {
        // Refused here, as pg would: deferred, pg's own refusal would be thrown where no caller catches it.
        if (released) throw new Error("Release called on client which has already been released to the pool.");
        released = true;
        setImmediate(() => release.call(client, destroy));
      };
      return client;
    },
  };
}
