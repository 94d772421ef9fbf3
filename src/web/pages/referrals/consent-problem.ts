import { isApiError } from "../../api/client.js";

const CONSENT_PROBLEMS = ["sharing_consent_missing", "sharing_consent_refused", "sharing_consent_withdrawn"];
/** The emergency override's reason: long enough to say why it could not wait (the server's own minimum). */
export const OVERRIDE_MIN_LENGTH = 10;

/** The server's translated message when sending failed for want of the person's consent to sharing. */
export function consentProblem(error: unknown): string | null {
  if (!isApiError(error) || error.status !== 400) return null;
  const problem = error.fields.find((field) => field.field === "body" && CONSENT_PROBLEMS.includes(field.problem));
  return problem ? problem.message || problem.problem : null;
}
