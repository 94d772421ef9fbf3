import { Card, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { DashboardFigure } from "../../../shared/api/dashboard.js";
import { monthName } from "../../format.js";
import { formatDate, formatNumber } from "../cases/format.js";
import { CHANGE_ARROWS, changePercent, monthChange } from "./figure-change.js";

interface FigureCardProps {
  figure: DashboardFigure;
  /** YYYY-MM of the month shown as current, and of the one before. */
  month: string;
  previousMonth: string;
  since: string;
  lang: string;
}

/**
 * One key figure: this month's value, last month's and how it moved, and the total since the chosen
 * day. The whole card opens the records behind the figure when there is a list of them.
 */
export function FigureCard({ figure, month, previousMonth, since, lang }: FigureCardProps) {
  const { t } = useTranslation();
  const value = (count: number | null) => (count === null ? t("dashboardWeb.withheld") : formatNumber(count, lang));
  const change = monthChange(figure.current, figure.previous);
  const before = monthName(previousMonth, lang);
  let changeText = t("dashboardWeb.change.unknown");
  if (change?.direction === "up" || change?.direction === "down") {
    changeText = t(`dashboardWeb.change.${change.direction}`, {
      percent: changePercent(change.share, lang),
      month: before,
    });
  } else if (change) {
    changeText = t(`dashboardWeb.change.${change.direction}`, { month: before });
  }
  const body = (
    <Stack gap={4}>
      <Title order={3} size="h5" c={figure.link ? "blue.9" : undefined}>
        {t(`dashboard.figures.${figure.key}`)}
      </Title>
      <Text size="xl" fw={700} c={figure.current === null ? "dimmed" : undefined}>
        {value(figure.current)}
      </Text>
      <Text size="xs" c="dimmed">
        {monthName(month, lang)}
      </Text>
      <Text size="sm">{t("dashboardWeb.previous", { month: before, value: value(figure.previous) })}</Text>
      <Text size="sm">
        {change ? <span aria-hidden="true">{CHANGE_ARROWS[change.direction]} </span> : null}
        {changeText}
      </Text>
      <Text size="sm">
        {t("dashboardWeb.sinceTotal", { value: value(figure.sinceTotal), date: formatDate(since, lang) })}
      </Text>
    </Stack>
  );
  return figure.link ? (
    <Card component={Link} to={figure.link} withBorder padding="md" className="mantine-focus-auto">
      {body}
    </Card>
  ) : (
    <Card withBorder padding="md">
      {body}
    </Card>
  );
}
