import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { isApiError } from "./client.js";
import { SESSION_KEY } from "./session.js";

/**
 * One place decides what an expired session or a missing second step means for every request:
 * the session is dropped or reloaded, and the route guard sends the person to the right page.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => handleAuthError(client, error) }),
    mutationCache: new MutationCache({ onError: (error) => handleAuthError(client, error) }),
    defaultOptions: {
      queries: {
        // A 4xx will not change by asking again; network hiccups and 5xx get one more try.
        retry: (failures, error) => failures < 1 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}

function handleAuthError(client: QueryClient, error: unknown): void {
  if (!isApiError(error)) return;
  // Wrong password (invalid_credentials) is also a 401; only an ended session signs the person out.
  if (error.status === 401 && error.code === "unauthenticated") {
    client.setQueryData(SESSION_KEY, null);
  } else if (error.status === 403 && error.code === "mfa_required") {
    void client.invalidateQueries({ queryKey: SESSION_KEY });
  }
}
