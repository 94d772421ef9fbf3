import type { MfaState, Session } from "../../api/types.js";

/** Only paths inside this app: "//evil.example" or "https://…" in ?next= must not send a person elsewhere. */
export function safeNext(value: string | null): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value.startsWith("/sign-in")) return "/";
  return value;
}

/** Where a person goes once a sign-in step succeeds. */
export function afterSignIn(mfaState: MfaState, session: Session | null, next: string): string {
  if (mfaState === "pending") return `/sign-in/code?next=${encodeURIComponent(next)}`;
  if (mfaState === "enrol_required") return "/account/mfa";
  if (session?.user.mustChangePassword) return "/account/password";
  return next;
}
