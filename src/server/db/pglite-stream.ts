import { Duplex } from "node:stream";
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import { serialize } from "pg-protocol";

/** What this stream uses of a PGlite instance. */
export type ProtocolTarget = Pick<PGlite, "execProtocolRawStream">;

/**
 * Frontend messages that only queue work until a Sync or Flush: Parse, Bind, Describe, Execute, Close.
 * A server answers them only when the stream reaches one of those, or when it reads on.
 */
const HELD = new Set(["P", "B", "D", "E", "C"].map((letter) => letter.charCodeAt(0)));
/** Terminate: the client is closing. PGlite has one session, which outlives the client. */
const TERMINATE = "X".charCodeAt(0);
/** A startup message has no type byte: it begins with its length, whose first byte is zero. */
const STARTUP = 0;
/** The code a startup-shaped message carries, after its length, to ask that a running query be cancelled. */
const CANCEL_REQUEST_CODE = 80877102;
/**
 * What a new connection to a server starts without: an open transaction and prepared statements. PGlite's
 * one session outlives the client that left them (a client ended after an error), and the next client's
 * statement names start again from the first.
 */
const FRESH_SESSION = serialize.query("ROLLBACK; DEALLOCATE ALL");

/**
 * PGlite as a socket that node-postgres connects through: what the driver writes is handed to PGlite as
 * wire-protocol bytes, and PGlite's answer comes back as the bytes a server would send, which the
 * driver's own parser reads. PGlite's node-postgres adapter parsed every answer with PGlite's copy of
 * that parser, which copies each field before decoding it, and the driver then handled the messages one
 * at a time; under a name search's load that was about a sixth of the server's busy time.
 *
 * The messages of a statement that ask for no answer yet are held and handed over with the Sync (or
 * Flush, or anything else) that follows them, as one buffer, which PGlite reads message by message in
 * order, as a server reads a client's pipelined stream. Writes reach `_write` one at a time, in order, so
 * a held message always goes with the next one and is never overtaken.
 */
export class PgliteSocket extends Duplex {
  private held: Buffer[] = [];

  constructor(private readonly pglite: ProtocolTarget) {
    // When the answers end (a cancel request's), the socket closes as a server's would.
    super({ allowHalfOpen: false });
  }

  // node-postgres calls these on a TCP socket; there is no network here.
  connect(): this {
    process.nextTick(() => this.emit("connect"));
    return this;
  }
  setNoDelay(): this {
    return this;
  }
  setKeepAlive(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }

  override _read(): void {
    // Answers are pushed as PGlite gives them.
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    const type = chunk[0] as number;
    if (type === TERMINATE) {
      done();
      return;
    }
    // PGlite runs one statement at a time on this thread: by the time a cancel request is read, there is
    // nothing running to cancel. A server answers it by closing the connection, and so does this.
    if (type === STARTUP && chunk.length >= 8 && chunk.readInt32BE(4) === CANCEL_REQUEST_CODE) {
      this.push(null);
      done();
      return;
    }
    if (HELD.has(type)) {
      this.held.push(chunk);
      done();
      return;
    }
    const batch = this.held.length === 0 ? chunk : Buffer.concat([...this.held, chunk]);
    this.held = [];
    this.send(batch, type === STARTUP).then(() => done(), done);
  }

  override _final(done: (error?: Error | null) => void): void {
    this.push(null);
    done();
  }

  private async send(batch: Buffer, startup: boolean): Promise<void> {
    // The answer to the reset is not the client's: nobody asked it.
    if (startup) await this.pglite.execProtocolRawStream(FRESH_SESSION, { onRawData: () => {} });
    // Each piece of the answer is a view of PGlite's memory, valid only during the call: copied.
    await this.pglite.execProtocolRawStream(batch, { onRawData: (piece) => this.push(Buffer.from(piece)) });
  }
}

/** A node-postgres client or pool configuration that reaches the given PGlite through a PgliteSocket. */
export function pgliteClientConfig(pglite: ProtocolTarget): pg.ClientConfig {
  // The startup message names a user and a database; PGlite has one of each and asks for no password.
  return { user: "postgres", database: "postgres", stream: () => new PgliteSocket(pglite) };
}
