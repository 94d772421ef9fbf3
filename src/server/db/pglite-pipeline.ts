import type { PGlite } from "@electric-sql/pglite";

/** What PGlite's node-postgres adapter uses of a PGlite instance. */
export type ProtocolTarget = Pick<PGlite, "waitReady" | "execProtocolStream">;

type Messages = Awaited<ReturnType<PGlite["execProtocolStream"]>>;

/**
 * Frontend messages that only queue work until a Sync or Flush: Parse, Bind, Describe, Execute, Close.
 * A server answers them only when the stream reaches one of those, or when it reads on.
 */
const HELD = new Set(["P", "B", "D", "E", "C"].map((letter) => letter.charCodeAt(0)));

/**
 * PGlite as its node-postgres adapter sees it, with a statement's protocol messages handed over together.
 *
 * node-postgres writes each statement as four or five messages (parse, bind, describe, execute, sync),
 * and the adapter hands each one to PGlite on its own: a pass of PostgreSQL's main loop, a flush of
 * the output, a file-system sync check and two promise turns each. Here the messages that ask for no
 * answer yet are held and handed over with the Sync (or Flush, or anything else) that follows them, as
 * one buffer, which PGlite reads message by message in order, as a server reads a client's pipelined
 * stream. The answers come back in the same order, so node-postgres sees what it would have seen.
 *
 * The adapter queues its calls one after another, so a held message is always sent with the next call,
 * never lost, and never overtaken.
 */
export function pipelinedProtocol(pglite: PGlite): ProtocolTarget {
  let held: Uint8Array[] = [];
  const noMessages: Messages = [];
  return {
    waitReady: pglite.waitReady,
    execProtocolStream: async (message, options) => {
      if (HELD.has(message[0] as number)) {
        held.push(message);
        return noMessages;
      }
      if (held.length === 0) return pglite.execProtocolStream(message, options);
      const batch = concat([...held, message]);
      held = [];
      return pglite.execProtocolStream(batch, options);
    },
  };
}

function concat(parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
