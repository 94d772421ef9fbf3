import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { ContactPatch } from "../../../shared/api/hotline.js";
import { api } from "../../api/client.js";
import { type ContactForm, formFromDetail } from "./contact-form.js";
import { ContactSaver, type SaverState } from "./contact-saver.js";
import { type ContactDetail, contactKey, contactPath, HOTLINE_KEY } from "./hotline-api.js";
import { rememberLastUsed } from "./last-used.js";
import { loadPending, savePending } from "./pending-changes.js";

/**
 * The contact form of one contact, saved as the operator types (see ContactSaver). Changes the server has
 * not confirmed are restored from the device on opening and sent again, also when the network comes back.
 */
export function useContactSaver(initial: ContactDetail, userId: string) {
  const queryClient = useQueryClient();
  const contactId = initial.id;
  const [saver] = useState(() => {
    const restored = loadPending(userId, contactId);
    const form: ContactForm = { ...formFromDetail(initial), ...restored?.values };
    return new ContactSaver(form, Object.keys(restored?.values ?? {}) as (keyof ContactForm)[], {
      patch: (body: ContactPatch) => api.patch<ContactDetail>(contactPath(contactId), body),
      keep: (values) => savePending(userId, contactId, values),
      onState: (state) => setState(state),
      onSaved: (detail) => {
        queryClient.setQueryData(contactKey(contactId), detail);
        void queryClient.invalidateQueries({ queryKey: [...HOTLINE_KEY, "list"] });
      },
    });
  });
  const [form, setForm] = useState<ContactForm>(saver.form);
  const [state, setState] = useState<SaverState>(saver.current);

  useEffect(() => {
    saver.start();
    const retry = () => void saver.saveNow();
    window.addEventListener("online", retry);
    return () => {
      window.removeEventListener("online", retry);
      saver.dispose();
    };
  }, [saver]);

  const change = (values: Partial<ContactForm>) => {
    saver.change(values);
    setForm(saver.form);
    if ("channel" in values || "language" in values || "callerType" in values) {
      rememberLastUsed(userId, {
        channel: saver.form.channel,
        language: saver.form.language,
        callerType: saver.form.callerType,
      });
    }
  };
  const adopt = (values: Partial<ContactForm>) => {
    saver.adopt(values);
    setForm(saver.form);
  };
  return {
    form,
    state,
    change,
    adopt,
    /** The form as it is this instant, for handlers that may run before the next render (shortcuts). */
    latest: () => saver.form,
    /** The problems as they are this instant (right after a refused finish, before the next render). */
    problemsNow: () => saver.current.problems,
    saveNow: () => saver.saveNow(),
    finish: () => saver.finish(),
  };
}
