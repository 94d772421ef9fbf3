import { Group, Kbd, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { shortcutText } from "./shortcuts.js";

interface ShortcutListProps {
  items: { hotkey: string; label: string }[];
}

/**
 * The shortcuts of a screen, on the screen: nobody should have to remember them from a training. Not on a
 * phone, which has no keys to press.
 */
export function ShortcutList({ items }: ShortcutListProps) {
  const { t } = useTranslation();
  return (
    <Group
      gap="md"
      visibleFrom="sm"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: "none" }}
      aria-label={t("hotlineWeb.shortcuts.title")}
    >
      {items.map((item) => (
        <Text key={item.hotkey} component="li" size="sm" c="dimmed">
          <Kbd>{shortcutText(item.hotkey)}</Kbd> {item.label}
        </Text>
      ))}
    </Group>
  );
}
