import { Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** "Step 3 of 8" in words and as a bar; the count changes as answers show or hide sections. */
export function FillProgress({ current, total }: { current: number; total: number }) {
  const { t } = useTranslation();
  const text = t("screeningWeb.fill.progress", { current, total });
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} aria-live="polite">
        {text}
      </Text>
      <Progress value={(current / Math.max(total, 1)) * 100} aria-label={text} size="md" />
    </Stack>
  );
}
