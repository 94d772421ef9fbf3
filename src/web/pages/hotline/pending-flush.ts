import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { api, isApiError } from "../../api/client.js";
import { type ContactForm, type FormField, patchOf } from "./contact-form.js";
import { contactPath, HOTLINE_KEY } from "./hotline-api.js";
import { allPending, savePending } from "./pending-changes.js";

/**
 * Sends the changes left on this device by contacts closed before they were saved (a browser shut
 * mid-call, a network that never came back), now and whenever the network returns. A change the server
 * refuses stays on the device: opening that contact shows the problem where it is.
 */
export function usePendingFlush(userId: string) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!userId) return;
    let running = false;
    const flush = async () => {
      if (running) return;
      running = true;
      let sent = 0;
      for (const entry of allPending(userId)) {
        try {
          const fields = Object.keys(entry.values) as FormField[];
          await api.patch(contactPath(entry.contactId), patchOf(entry.values as ContactForm, fields));
          savePending(userId, entry.contactId, {});
          sent += 1;
        } catch (error) {
          // The contact is gone (or out of this person's reach): nothing will ever take these changes.
          if (isApiError(error) && error.status === 404) {
            savePending(userId, entry.contactId, {});
          }
        }
      }
      running = false;
      if (sent > 0) await queryClient.invalidateQueries({ queryKey: HOTLINE_KEY });
    };
    void flush();
    const onOnline = () => void flush();
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
  }, [userId, queryClient]);
}
