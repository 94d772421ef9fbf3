/** Errors the API answers with. The code is stable for clients; the message key is translated per request. */
export type ErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "validation"
  | "conflict"
  | "gone"
  | "rate_limited"
  | "csrf_failed"
  | "mfa_required"
  | "password_change_required"
  | "invalid_credentials"
  | "account_locked"
  | "weak_password"
  | "invalid_code"
  | "payload_too_large"
  | "unsupported_media_type"
  | "internal";

export interface FieldProblem {
  /** Dotted path of the field in the request, e.g. "body.email" or "query.limit". */
  field: string;
  /** i18n key under "validation." naming what is wrong. */
  problem: string;
  params?: Record<string, string | number>;
}

const STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  validation: 400,
  conflict: 409,
  gone: 410,
  rate_limited: 429,
  csrf_failed: 403,
  mfa_required: 403,
  password_change_required: 403,
  invalid_credentials: 401,
  account_locked: 423,
  weak_password: 400,
  invalid_code: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
};

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly fields: FieldProblem[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.status = STATUS[code];
  }
}

export const notFound = () => new AppError("not_found");
export const forbidden = () => new AppError("forbidden");
export const invalidField = (field: string, problem: string, params?: Record<string, string | number>) =>
  new AppError("validation", [{ field, problem, ...(params ? { params } : {}) }]);
