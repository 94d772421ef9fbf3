import { Button, Group, Paper, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface SaveBarProps {
  dirty: boolean;
  note: string;
  onNote: (note: string) => void;
  onSave: () => void;
  saving: boolean;
  /** Why saving is not possible now (an empty title), if it is not. */
  blocked?: string;
  /** The version this person's last save made, to confirm it. */
  saved: number | null;
}

/**
 * Kept at the bottom of the screen while scrolling a long report: whether everything is saved, an
 * optional note for the version, and the save button (also Ctrl+S or ⌘S from anywhere on the page).
 */
export function SaveBar({ dirty, note, onNote, onSave, saving, blocked, saved }: SaveBarProps) {
  const { t } = useTranslation();
  const clean = saved === null ? t("sitrepWeb.save.allSaved") : t("sitrepWeb.save.saved", { version: saved });
  return (
    <Paper
      withBorder
      shadow="sm"
      p="xs"
      style={{ position: "sticky", bottom: 0, zIndex: 2 }}
      component="section"
      aria-label={t("sitrepWeb.save.region")}
    >
      <Group gap="xs" wrap="wrap">
        <TextInput
          aria-label={t("sitrepWeb.save.note")}
          placeholder={t("sitrepWeb.save.note")}
          value={note}
          onChange={(event) => onNote(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") onSave();
          }}
          maxLength={500}
          style={{ flex: "1 1 12rem" }}
        />
        {/* Looks disabled, but keeps the focus while and after saving: a keyboard user stays where they were. */}
        <Button
          onClick={onSave}
          data-disabled={!dirty || saving || Boolean(blocked) || undefined}
          aria-disabled={!dirty || saving || Boolean(blocked)}
          aria-keyshortcuts="Control+S Meta+S"
        >
          {t("sitrepWeb.save.save")}
        </Button>
      </Group>
      <Text size="xs" mt={4} aria-live="polite" c={dirty ? "orange.9" : "dimmed"}>
        {saving ? t("sitrepWeb.save.saving") : (blocked ?? (dirty ? t("sitrepWeb.save.unsaved") : clean))}
      </Text>
    </Paper>
  );
}
