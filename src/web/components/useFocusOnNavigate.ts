import { useEffect, useRef } from "react";
import { useLocation } from "react-router-dom";

/**
 * After a move to another page, puts keyboard focus at the start of the main content, so screen readers
 * announce the new page and Tab continues from there rather than from the link that was clicked.
 * The first render is left alone: the browser already starts at the top.
 */
export function useFocusOnNavigate(targetId: string): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a change of page is exactly what triggers the focus move.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(targetId)?.focus({ preventScroll: false });
  }, [pathname, targetId]);
}
