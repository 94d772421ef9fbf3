import { describe, expect, it } from "vitest";
import { lockable } from "./period-api.js";

describe("locking a month", () => {
  it("is offered only when every activity of an open month is approved", () => {
    expect(lockable({ locked: false, counts: { draft: 0, submitted: 0, approved: 4 } })).toBe(true);
    expect(lockable({ locked: false, counts: { draft: 0, submitted: 0, approved: 0 } })).toBe(true);
    expect(lockable({ locked: false, counts: { draft: 1, submitted: 0, approved: 4 } })).toBe(false);
    expect(lockable({ locked: false, counts: { draft: 0, submitted: 2, approved: 4 } })).toBe(false);
    expect(lockable({ locked: true, counts: { draft: 0, submitted: 0, approved: 4 } })).toBe(false);
  });
});
