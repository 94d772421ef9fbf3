import { Paper, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReferralDuration, ReferralFigures } from "../../../shared/api/referral-figures.js";
import { formatNumber } from "../cases/format.js";
import { countText, durationText, percentText } from "./figure-labels.js";

interface HeadlineCardsProps {
  figures: ReferralFigures;
  lang: string;
}

/** The numbers a report quotes, each on its own card; a withheld one reads "fewer than 5", an unmeasured time "—". */
export function HeadlineCards({ figures, lang }: HeadlineCardsProps) {
  const { t } = useTranslation();
  const { funnel, overdue, completion, times, threshold, direction } = figures;
  const count = (value: number | null, kind: "cell" | "sum" = "cell") => countText(value, threshold, t, lang, kind);
  const median = (duration: ReferralDuration) =>
    duration.medianHours === null ? "—" : durationText(duration.medianHours, lang);
  const cards: { label: string; value: string; hint?: string }[] = [
    {
      label: t(direction === "incoming" ? "referralFigures.cards.received" : "referralFigures.cards.sent"),
      value: count(funnel.sent),
    },
    {
      label: t("referralFigures.cards.overdue"),
      value: count(overdue, "sum"),
      hint: t("referralFigures.cards.overdueHint"),
    },
    {
      label: t("referralFigures.cards.shareCompleted"),
      value: completion.share === null ? "—" : percentText(completion.share, lang),
      hint:
        completion.closed !== null && completion.completed !== null
          ? t("referralFigures.cards.shareHint", {
              completed: formatNumber(completion.completed, lang),
              closed: formatNumber(completion.closed, lang),
            })
          : undefined,
    },
    {
      label: t("referralFigures.cards.medianAcknowledge"),
      value: median(times.acknowledge),
      hint: t("referralFigures.cards.medianAcknowledgeHint"),
    },
    { label: t("referralFigures.cards.medianComplete"), value: median(times.complete) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
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
  );
}
