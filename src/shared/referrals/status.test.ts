import { describe, expect, it } from "vitest";
import { availableActions, mayTake, REFERRAL_STATUSES } from "./status.js";

describe("referral status machine", () => {
  it("lets the receiver answer and progress, and the sender only send and withdraw", () => {
    expect(availableActions("sent", "receiver", false)).toEqual(["acknowledge", "accept", "decline"]);
    expect(availableActions("sent", "sender", false)).toEqual(["withdraw"]);
    expect(availableActions("accepted", "receiver", false)).toEqual(["start", "complete", "not_complete"]);
    expect(availableActions("draft", "sender", false)).toEqual(["send", "withdraw"]);
    expect(availableActions("draft", "receiver", false)).toEqual([]);
  });

  it("lets the sender stand in for a receiver outside the deployment, never the other way round", () => {
    expect(mayTake("accept", "sent", "sender", true)).toBe(true);
    expect(mayTake("accept", "sent", "sender", false)).toBe(false);
    expect(mayTake("withdraw", "sent", "receiver", true)).toBe(false);
  });

  it("ends in final statuses from which nobody moves it, and only the system expires", () => {
    for (const status of ["declined", "completed", "not_completed", "withdrawn", "expired"] as const)
      for (const party of ["sender", "receiver", "system"] as const)
        expect([status, party, availableActions(status, party, true)]).toEqual([status, party, []]);
    expect(mayTake("expire", "acknowledged", "system", false)).toBe(true);
    expect(mayTake("expire", "accepted", "system", false)).toBe(false);
    expect(mayTake("expire", "sent", "sender", true)).toBe(false);
  });

  it("reaches every status from a draft", () => {
    const reached = new Set<string>(["draft"]);
    let frontier = ["draft"] as (typeof REFERRAL_STATUSES)[number][];
    const targets = {
      send: "sent",
      withdraw: "withdrawn",
      acknowledge: "acknowledged",
      accept: "accepted",
      decline: "declined",
      start: "in_progress",
      complete: "completed",
      not_complete: "not_completed",
      expire: "expired",
    } as const;
    while (frontier.length > 0) {
      const next: (typeof REFERRAL_STATUSES)[number][] = [];
      for (const status of frontier)
        for (const party of ["sender", "receiver", "system"] as const)
          for (const action of availableActions(status, party, false)) {
            const to = targets[action];
            if (!reached.has(to)) next.push(to);
            reached.add(to);
          }
      frontier = next;
    }
    expect([...reached].sort()).toEqual([...REFERRAL_STATUSES].sort());
  });
});
