import { useQuery } from "@tanstack/react-query";
import type { Permission } from "../../shared/access/permissions.js";
import { ApiError, api, setCsrfToken } from "./client.js";
import type { Session } from "./types.js";

export const SESSION_KEY = ["session"] as const;

/** The signed-in session, or null when nobody is signed in. The CSRF token is taken from here on every load. */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.get<Session>("/api/auth/session");
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000 });
}

/** A session in which the person may use the app, not only finish signing in. */
export function isReady(session: Session | null | undefined): session is Session {
  return !!session && session.mfaState === "complete" && !session.user.mustChangePassword;
}

export function can(session: Session | null | undefined, ...anyOf: Permission[]): boolean {
  if (!isReady(session)) return false;
  return anyOf.some((permission) => session.user.permissions.includes(permission));
}
