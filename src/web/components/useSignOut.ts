import { useMutation } from "@tanstack/react-query";
import { api, isApiError } from "../api/client.js";
import { clearAllDrafts } from "../pages/cases/intake-draft.js";
import { clearAllPending } from "../pages/hotline/pending-changes.js";

/**
 * Ends the session (here or everywhere), then loads the sign-in page afresh: a full page load drops every
 * cached answer and the CSRF token from memory, so the next person at a shared computer finds nothing.
 */
export function useSignOut(everywhere = false) {
  return useMutation({
    mutationFn: () => api.post(everywhere ? "/api/auth/sign-out-everywhere" : "/api/auth/sign-out"),
    // Before the request, not after it: whoever asked to sign out is leaving the computer, and a failed
    // request must not leave a half-typed intake behind for the next person.
    onMutate: () => {
      clearAllDrafts();
      clearAllPending();
    },
    onSettled: (_data, error) => {
      // A 401 means the session had already ended: the outcome the person asked for.
      if (error && !(isApiError(error) && error.status === 401)) return;
      window.location.assign("/sign-in?signedOut=1");
    },
  });
}
