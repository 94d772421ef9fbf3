import type { FastifyError, FastifyInstance, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError, type FieldProblem } from "../access/errors.js";
import { translator } from "../i18n.js";

const KNOWN_PROBLEMS = new Set([
  "required",
  "duplicate_values",
  "invalid",
  "invalid_type",
  "too_small",
  "too_big",
  "unknown_field",
  "email",
  "phone_e164",
  "control_characters",
  "malformed_json",
  "invalid_utf8",
]);

/** Maps every error to one response shape, translated into the caller's language. Never a stack trace. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      // The error object, not the request: bodies and query strings may hold personal data.
      request.log.error(
        { err: { type: error.name, code: error.code, message: error.message, stack: error.stack } },
        "request failed",
      );
    }
    void reply.status(appError.status).send(renderError(request, appError));
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send(renderError(request, new AppError("not_found")));
  });
}

/** The field a message names: "body.person.emails.1" is about "emails", not "1". */
function fieldName(path: string): string {
  const segments = path.split(".").filter((segment) => !/^\d+$/.test(segment));
  return segments.at(-1) ?? path;
}

export function renderError(request: FastifyRequest, error: AppError) {
  const t = translator(request.language);
  const fields = error.fields.map((problem) => {
    const name = fieldName(problem.field);
    return {
      field: problem.field,
      problem: problem.problem,
      message: t(`validation.${problem.problem}`, {
        ...problem.params,
        field: t(`fields.${name}`, { defaultValue: name }),
      }),
    };
  });
  return {
    error: {
      code: error.code,
      message: t(`errors.${error.code}`, error.params),
      requestId: String(request.id),
      ...(fields.length ? { fields } : {}),
    },
  };
}

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    // Fastify names the query string "querystring"; the API's field paths say "query" (query.limit).
    const context = error.validationContext === "querystring" ? "query" : (error.validationContext ?? "body");
    return new AppError(
      "validation",
      error.validation.flatMap((issue) => fieldProblems(context, issue)),
    );
  }
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError("payload_too_large");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError("unsupported_media_type");
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new AppError("validation", [{ field: "body", problem: "invalid" }]);
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new AppError("validation", [{ field: "body", problem: "malformed_json" }]);
  }
  // Constraint violations a user can cause (two people saving the same name at once, a stale reference).
  if (error.code === "23505") return new AppError("conflict");
  if (error.code === "23503") return new AppError("validation", [{ field: "body", problem: "invalid" }]);
  if (error.statusCode === 429) return new AppError("rate_limited");
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError("validation", [{ field: "body", problem: "invalid" }]);
  }
  return new AppError("internal");
}

interface ZodIssueLike {
  keyword: string;
  instancePath: string;
  message?: string | undefined;
  params: Record<string, unknown>;
}

function fieldProblems(context: string, issue: ZodIssueLike): FieldProblem[] {
  const path = [context, ...issue.instancePath.split("/").filter(Boolean)].join(".");
  if (issue.keyword === "unrecognized_keys" && Array.isArray(issue.params.keys)) {
    return issue.params.keys.map((key) => ({ field: `${path}.${String(key)}`, problem: "unknown_field" }));
  }
  return [{ field: path, problem: problemOf(issue) }];
}

function problemOf(issue: ZodIssueLike): string {
  const message = issue.message ?? "";
  if (KNOWN_PROBLEMS.has(message)) return message;
  if (issue.keyword === "invalid_type") return message.includes("received undefined") ? "required" : "invalid_type";
  if (issue.keyword === "too_small" || issue.keyword === "too_big") return issue.keyword;
  if (issue.keyword === "invalid_format" && issue.params.format === "email") return "email";
  if (issue.keyword === "invalid_format" && issue.params.format === "date") return "date";
  // A value outside a vocabulary (an HTCDS list, a country code): say so rather than "invalid".
  if (issue.keyword === "invalid_value") return "unknown_value";
  return "invalid";
}
