import { describe, expect, it } from "vitest";
import type { Session } from "../../api/types.js";
import { afterSignIn, safeNext } from "./after-sign-in.js";

const session = (mustChangePassword: boolean) => ({ user: { mustChangePassword } }) as unknown as Session;

describe("safeNext", () => {
  it("keeps paths inside the app and refuses everything else", () => {
    expect(safeNext("/audit?outcome=denied")).toBe("/audit?outcome=denied");
    expect(safeNext(null)).toBe("/");
    expect(safeNext("https://evil.example")).toBe("/");
    expect(safeNext("//evil.example")).toBe("/");
    expect(safeNext("/\\evil.example")).toBe("/");
    expect(safeNext("/sign-in/code")).toBe("/");
  });
});

describe("afterSignIn", () => {
  it("sends the person to the step still open", () => {
    expect(afterSignIn("pending", null, "/audit")).toBe("/sign-in/code?next=%2Faudit");
    expect(afterSignIn("enrol_required", null, "/audit")).toBe("/account/mfa");
    expect(afterSignIn("complete", session(true), "/audit")).toBe("/account/password");
    expect(afterSignIn("complete", session(false), "/audit")).toBe("/audit");
  });
});
