import { ACTIVITY_KINDS } from "../../../../shared/activities/vocab.js";
import { errorsUnder } from "../../cases/field-errors.js";

const KIND_SEGMENT = new RegExp(`^details\\.(${ACTIVITY_KINDS.join("|")})(\\.|$)`);

/**
 * The server's field problems keyed the way the form's inputs are: "body.title" → "title",
 * "body.details.training.participants.female" → "details.participants.female" (the kind's own part of the
 * path is left out: the form shows one kind at a time), "body.participantList.3.name" →
 * "participantList.3.name". A problem with a row is also filed under its list, as errorsUnder does.
 */
export function activityFieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, message] of Object.entries(errorsUnder(error, "body."))) {
    const match = KIND_SEGMENT.exec(key);
    const local = match ? `details${match[2] ? `.${key.slice(match[0].length)}` : ""}` : key;
    if (!(local in result)) result[local] = message;
  }
  return result;
}
