import type { ContactSummary } from "../../../shared/api/hotline.js";

/** A call put through more than this long ago is no longer "incoming": it is an unfinished contact. */
const RINGING_MS = 30 * 60_000;

/** The newest call the phone system put through to this operator that is still going and not yet opened. */
export function incomingCall(drafts: readonly ContactSummary[], opened: Set<string>, now = Date.now()) {
  return drafts
    .filter(
      (draft) =>
        draft.source === "telephony" &&
        draft.endedAt === null &&
        !opened.has(draft.id) &&
        now - new Date(draft.startedAt).getTime() < RINGING_MS,
    )
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
}
