import type { HotkeyItem } from "@mantine/hooks";

/**
 * The operator's keyboard shortcuts. Matched by the physical key, so that Alt+N is the same key on a
 * Ukrainian, Russian or Polish layout (where the letter typed differs) and on a Mac.
 */
export const SHORTCUTS = {
  newContact: "alt+N",
  openIncoming: "alt+A",
  save: "mod+S",
  finish: "mod+Enter",
  addConsultation: "alt+C",
  lookUp: "alt+L",
} as const;

/** Templates are Alt+1 … Alt+9, in the order shown. */
export const templateShortcut = (index: number) => `alt+digit${index + 1}`;

const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** How a shortcut is written on screen: "Alt+N", "Ctrl+S" (⌘+S on a Mac), "Alt+1". */
export function shortcutText(hotkey: string): string {
  return hotkey
    .split("+")
    .map((part) => {
      const key = part.toLowerCase();
      if (key === "mod") return isMac() ? "⌘" : "Ctrl";
      if (key === "alt") return isMac() ? "⌥" : "Alt";
      if (key === "enter") return "Enter";
      if (key.startsWith("digit")) return key.slice("digit".length);
      return key.toUpperCase();
    })
    .join("+");
}

/** A shortcut that works in every field too (an operator's hands stay on the keys while typing a note). */
export function shortcut(hotkey: string, run: () => void): HotkeyItem {
  return [hotkey, run, { preventDefault: true, usePhysicalKeys: true }];
}
