import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SitrepFigure } from "../../../shared/api/sitrep.js";
import type { Language } from "../../../shared/i18n/languages.js";
import { FigureList } from "./FigureList.js";
import { isWithheld } from "./report-language.js";

interface HeadlineFiguresProps {
  figures: readonly SitrepFigure[];
  language: Language;
  /** When the figures were computed, already written for the reader. */
  computedAt: string;
  /** The report can still change: say how its figures do. */
  editable: boolean;
}

/** The report's headline figures: computed from the records, never typed, so shown and not edited. */
export function HeadlineFigures({ figures, language, computedAt, editable }: HeadlineFiguresProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="sitrep-headline">
      <Title order={2} size="h3" id="sitrep-headline">
        {t("sitrepWeb.figures.headline")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("sitrepWeb.figures.computed", { date: computedAt })}
        {editable ? ` ${t("sitrepWeb.figures.editHint")}` : null}
      </Text>
      {figures.length === 0 ? (
        <Text size="sm">{t("sitrepWeb.figures.none")}</Text>
      ) : (
        <FigureList figures={figures} language={language} label={t("sitrepWeb.figures.headline")} />
      )}
      {figures.some(isWithheld) ? <Text size="sm">{t("sitrepWeb.figures.withheldHint")}</Text> : null}
    </Stack>
  );
}
