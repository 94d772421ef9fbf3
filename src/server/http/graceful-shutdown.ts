import type { FastifyInstance } from "fastify";

const DRAIN_LIMIT_MS = 10_000;

/**
 * Counts requests in flight so that a shutdown can wait for them. Node keeps a keep-alive connection
 * open after its last response, which would hold `close()` for the keep-alive timeout; once every
 * request has been answered the remaining connections are closed.
 */
export function trackRequestsInFlight(app: FastifyInstance): () => Promise<void> {
  let inFlight = 0;
  app.addHook("onRequest", (_request, _reply, done) => {
    inFlight++;
    done();
  });
  app.addHook("onResponse", (_request, _reply, done) => {
    inFlight--;
    done();
  });
  app.addHook("onRequestAbort", (_request, done) => {
    inFlight--;
    done();
  });

  return async function closeGracefully() {
    const closing = app.close();
    const deadline = Date.now() + DRAIN_LIMIT_MS;
    while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    app.server.closeAllConnections();
    await closing;
  };
}
