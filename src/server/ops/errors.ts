/** Why an operator command stopped. The message is for the operator and never holds personal data. */
export type OpsErrorCode =
  | "not_a_backup"
  | "wrong_key"
  | "damaged"
  | "incompatible"
  | "would_overwrite"
  | "restore_failed"
  | "file_exists"
  | "schema";

export class OpsError extends Error {
  constructor(
    readonly code: OpsErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "OpsError";
  }
}
