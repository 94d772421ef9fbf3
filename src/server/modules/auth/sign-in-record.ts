import { sql } from "kysely";

/** Column values for a finished sign-in: the last one becomes the previous one. */
export function finishedSignIn() {
  return { previous_sign_in_at: sql<Date | null>`last_sign_in_at`, last_sign_in_at: new Date() };
}
