import { describe, expect, it } from "vitest";
import type { ContactSummary } from "../../../shared/api/hotline.js";
import { incomingCall } from "./incoming-call.js";

const NOW = Date.parse("2026-03-02T10:00:00Z");

function draft(id: string, values: Partial<ContactSummary>): ContactSummary {
  return {
    id,
    status: "draft",
    channel: "phone",
    direction: "incoming",
    source: "telephony",
    startedAt: "2026-03-02T09:59:00Z",
    endedAt: null,
    durationSeconds: null,
    operator: null,
    language: null,
    callerType: null,
    callerCountry: null,
    anonymous: false,
    outcome: null,
    escalation: null,
    followUpOn: null,
    followUpDone: false,
    topics: [],
    case: null,
    ...values,
  };
}

describe("the incoming-call banner", () => {
  it("shows the newest call the phone system put through that is still going and not yet opened", () => {
    const older = draft("a", { startedAt: "2026-03-02T09:50:00Z" });
    const newer = draft("b", { startedAt: "2026-03-02T09:58:00Z" });
    expect(incomingCall([older, newer], new Set(), NOW)?.id).toBe("b");
    expect(incomingCall([older, newer], new Set(["b"]), NOW)?.id).toBe("a");
  });

  it("leaves out contacts typed in by hand, ended calls and calls from long ago", () => {
    const drafts = [
      draft("typed", { source: "app" }),
      draft("ended", { endedAt: "2026-03-02T09:59:30Z" }),
      draft("yesterday", { startedAt: "2026-03-01T18:00:00Z" }),
    ];
    expect(incomingCall(drafts, new Set(), NOW)).toBeUndefined();
  });
});
