import type { FastifyInstance } from "fastify";
import secureJson from "secure-json-parse";
import { AppError } from "../access/errors.js";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * JSON bodies: bad UTF-8 is refused rather than silently replaced, and prototype-poisoning keys are
 * rejected by secure-json-parse (the parser Fastify itself uses).
 */
export function installJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, body, done) => {
    const bytes = body as Buffer;
    if (bytes.length === 0) return done(null, undefined);
    let text: string;
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      return done(new AppError("validation", [{ field: "body", problem: "invalid_utf8" }]), undefined);
    }
    try {
      done(null, secureJson.parse(text, undefined, { protoAction: "error", constructorAction: "error" }));
    } catch {
      done(new AppError("validation", [{ field: "body", problem: "malformed_json" }]), undefined);
    }
  });
}
