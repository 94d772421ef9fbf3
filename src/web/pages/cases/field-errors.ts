import { isApiError } from "../../api/client.js";

/**
 * Field problems under a prefix, keyed by the rest of their path: with prefix "body.person.",
 * "body.person.identity.firstName" → "identity.firstName". A problem with one item of a list
 * ("citizenships.2") is also filed under the list ("citizenships"), where the input is. First message wins.
 */
export function errorsUnder(error: unknown, prefix = "body."): Record<string, string> {
  const result: Record<string, string> = {};
  if (!isApiError(error)) return result;
  for (const problem of error.fields) {
    if (!problem.field.startsWith(prefix)) continue;
    const parts = problem.field.slice(prefix.length).split(".");
    while (parts.length > 0) {
      const key = parts.join(".");
      if (key && !(key in result)) result[key] = problem.message;
      if (!/^\d+$/.test(parts.at(-1) ?? "")) break;
      parts.pop();
    }
  }
  return result;
}
