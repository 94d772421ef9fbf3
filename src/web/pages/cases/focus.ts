import { type RefObject, useEffect } from "react";

/**
 * An editor opened in place of what it edits takes the button that opened it away: keyboard and
 * screen-reader users are put in its first field instead of being left at the top of the page.
 */
export function useFocusFirstField(form: RefObject<HTMLFormElement | null>): void {
  useEffect(() => {
    form.current?.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select")?.focus();
  }, [form]);
}

/** After an editor closes, focus goes back to what it edited (an element with tabIndex -1). */
export function focusLater(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
