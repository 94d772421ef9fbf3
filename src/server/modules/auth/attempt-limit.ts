import type { FastifyInstance } from "fastify";
import { AppError } from "../../access/errors.js";
import { requestInfo } from "../../access/guard.js";
import { recordOutside } from "../../access/scoped-db.js";

/**
 * Per-address limit for routes that check a secret (password, code). A refused attempt is a denied
 * request like any other, so it is audited; the write is not awaited, the refusal must stay cheap.
 */
export function attemptRateLimit(app: FastifyInstance) {
  return {
    max: app.services.config.loginRateLimitPerMinute,
    timeWindow: "1 minute",
    errorResponseBuilder: () => new AppError("rate_limited"),
    onExceeded: (request: Parameters<typeof requestInfo>[0]) => {
      const info = requestInfo(request);
      recordOutside(app.services.database, request.actor, info, {
        action: info.action,
        outcome: "denied",
        detail: { code: "rate_limited" },
      }).catch((error: unknown) =>
        request.log.error({ err: { message: (error as Error).message } }, "audit write failed"),
      );
    },
  };
}
