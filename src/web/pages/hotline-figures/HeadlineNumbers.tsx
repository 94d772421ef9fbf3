import { Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { HotlineFigures } from "../../../shared/api/hotline-figures.js";
import { formatNumber } from "../cases/format.js";

interface HeadlineNumbersProps {
  figures: HotlineFigures;
  lang: string;
}

/** Minutes in words and the language's plural ("12,5 хвилини"), in hours once they run long. */
function duration(minutes: number, lang: string): string {
  const hours = minutes >= 120;
  return new Intl.NumberFormat(lang, {
    style: "unit",
    unit: hours ? "hour" : "minute",
    unitDisplay: "long",
    maximumFractionDigits: 1,
  }).format(hours ? minutes / 60 : minutes);
}

/**
 * The numbers a report quotes: "16,511 consultations in response to 4,444 contacts; 54 persons assisted",
 * then each total on its own card. A withheld total reads "fewer than 5".
 */
export function HeadlineNumbers({ figures, lang }: HeadlineNumbersProps) {
  const { t } = useTranslation();
  const { totals, handling, threshold } = figures;
  const withheld = t("hotlineFigures.withheld", { threshold: formatNumber(threshold, lang) });
  const number = (value: number | null) => (value === null ? withheld : formatNumber(value, lang));
  const phrase = (key: string, count: number) => t(key, { count, formatted: formatNumber(count, lang) });
  const cards: { label: string; value: string; hint?: string }[] = [
    { label: t("hotlineFigures.totals.contacts"), value: number(totals.contacts) },
    { label: t("hotlineFigures.totals.consultations"), value: number(totals.consultations) },
    {
      label: t("hotlineFigures.totals.personsAssisted"),
      value: number(totals.personsAssisted),
      hint: t("hotlineFigures.totals.personsHint"),
    },
    { label: t("hotlineFigures.totals.contactsAssisted"), value: number(totals.contactsAssisted) },
    { label: t("hotlineFigures.totals.escalations"), value: number(totals.escalations) },
    {
      label: t("hotlineFigures.totals.averageHandling"),
      value:
        handling.contacts === null
          ? withheld
          : handling.averageMinutes === null
            ? "—"
            : duration(handling.averageMinutes, lang),
      hint: handling.totalMinutes
        ? t("hotlineFigures.totals.handlingHint", { total: duration(handling.totalMinutes, lang) })
        : undefined,
    },
  ];
  return (
    <Stack gap="sm">
      {totals.consultations !== null && totals.contacts !== null && totals.contacts > 0 ? (
        <Text size="lg" fw={600} aria-live="polite">
          {t("hotlineFigures.headline.sentence", {
            consultations: phrase("hotlineFigures.headline.consultations", totals.consultations),
            contacts: phrase("hotlineFigures.headline.contacts", totals.contacts),
          })}
          {totals.personsAssisted !== null
            ? ` ${phrase("hotlineFigures.headline.persons", totals.personsAssisted)}`
            : null}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
        {cards.map((card) => (
          <Paper key={card.label} withBorder p="sm">
            <Text size="xs" c="dimmed">
              {card.label}
            </Text>
            <Text size="xl" fw={700}>
              {card.value}
            </Text>
            {card.hint ? (
              <Text size="xs" c="dimmed">
                {card.hint}
              </Text>
            ) : null}
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
