import { NativeSelect, Stack, Table, Text } from "@mantine/core";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Dashboard } from "../../../shared/api/dashboard.js";
import { monthName } from "../../format.js";
import { formatNumber } from "../cases/format.js";
import { type TrendPoint, TrendsChart } from "./TrendsChart.js";

interface TrendsPanelProps {
  trends: Dashboard["trends"];
  lang: string;
}

const shortMonth = (month: string, lang: string) =>
  new Intl.DateTimeFormat(lang, { month: "short", year: "2-digit", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/**
 * Twelve months of one figure at a time (figures differ too much in size to share an axis): a chosen
 * figure, its line, and the same numbers as a table that opens below. Loaded with ECharts, apart from the
 * rest of the app.
 */
export default function TrendsPanel({ trends, lang }: TrendsPanelProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(trends[0]?.key ?? "");
  const trend = trends.find((item) => item.key === chosen) ?? trends[0];
  const name = trend ? t(`dashboard.figures.${trend.key}`) : "";
  const points: TrendPoint[] = useMemo(
    () =>
      (trend?.points ?? []).map((point) => ({
        label: shortMonth(point.month, lang),
        value: point.value,
        text: point.value === null ? t("dashboardWeb.withheld") : formatNumber(point.value, lang),
      })),
    [trend, lang, t],
  );
  const formatAxis = useCallback((value: number) => formatNumber(value, lang), [lang]);
  if (!trend) return null;

  return (
    <Stack gap="xs" component="section" aria-labelledby="dashboard-trends">
      <Text fw={600} id="dashboard-trends">
        {t("dashboardWeb.trends.title")}
      </Text>
      {trends.length > 1 ? (
        <NativeSelect
          label={t("dashboardWeb.trends.figure")}
          value={trend.key}
          onChange={(event) => setChosen(event.currentTarget.value)}
          data={trends.map((item) => ({ value: item.key, label: t(`dashboard.figures.${item.key}`) }))}
          maw={360}
        />
      ) : null}
      <TrendsChart
        points={points}
        label={t("dashboardWeb.trends.chartLabel", { figure: name })}
        formatAxis={formatAxis}
      />
      <details>
        <summary style={{ cursor: "pointer" }}>{t("dashboardWeb.trends.table", { figure: name })}</summary>
        <Table withTableBorder striped mt="xs" maw={360}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("dashboardWeb.trends.month")}</Table.Th>
              <Table.Th scope="col" ta="end">
                {name}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trend.points.map((point, index) => (
              <Table.Tr key={point.month}>
                <Table.Th scope="row" fw={400}>
                  {monthName(point.month, lang)}
                </Table.Th>
                <Table.Td ta="end">{points[index]?.text}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </details>
    </Stack>
  );
}
