import { Badge, Group, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SitrepFigure } from "../../../shared/api/sitrep.js";
import type { Language } from "../../../shared/i18n/languages.js";
import { figureText } from "../../../shared/sitrep/figure-text.js";
import { isWithheld, useReportT } from "./report-language.js";

interface FigureListProps {
  figures: readonly SitrepFigure[];
  language: Language;
  label: string;
}

/**
 * Figures as the report will print them, in its language; read-only, since they are computed. A withheld
 * figure also carries a mark in the screen's language, so the person editing knows why no number shows.
 */
export function FigureList({ figures, language, label }: FigureListProps) {
  const { t } = useTranslation();
  const rt = useReportT(language);
  return (
    <List spacing={4} size="sm" aria-label={label}>
      {figures.map((figure) => (
        // The same key can come twice with other params (people assisted by type): the params tell them apart.
        <List.Item key={`${figure.key}:${JSON.stringify(figure.params)}`}>
          <Group gap={6} wrap="wrap">
            <Text span size="sm" lang={language}>
              {figureText(rt, figure, language)}
            </Text>
            {isWithheld(figure) ? (
              <Badge variant="light" color="gray" tt="none">
                {t("sitrepWeb.figures.withheld")}
              </Badge>
            ) : null}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
