import { Stack, Text, Textarea } from "@mantine/core";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../../shared/i18n/languages.js";

interface ReportTextProps {
  /** The place in the report's words (see sitrep-texts.ts). */
  textKey: string;
  label: string;
  description?: string;
  value: string;
  language: Language;
  maxLength: number;
  minRows?: number;
  /** Absent: the text is shown, not edited (a published report, an earlier version). */
  onText?: (key: string, value: string) => void;
}

/**
 * One piece of the report's own words: a text area that grows with its text while editing, the text as
 * paragraphs when it cannot change. Marked with the report's language so a screen reader speaks it right.
 * Memoised: a keystroke in one place does not measure every other text area of a long report again.
 */
export const ReportText = memo(function ReportText(props: ReportTextProps) {
  const { t } = useTranslation();
  const { textKey, label, description, value, language, maxLength, minRows = 3, onText } = props;
  if (!onText) {
    return (
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text
          lang={language}
          style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
          c={value ? undefined : "dimmed"}
        >
          {value || t("sitrepWeb.editor.noText")}
        </Text>
      </Stack>
    );
  }
  return (
    <Textarea
      label={label}
      description={description}
      value={value}
      onChange={(event) => onText(textKey, event.currentTarget.value)}
      lang={language}
      autosize
      minRows={minRows}
      maxRows={24}
      maxLength={maxLength}
    />
  );
});
