import { Center, Group, Loader, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { monthName } from "../../format.js";
import { currentLanguage } from "../../i18n.js";
import { useDashboard } from "./dashboard-api.js";
import { FigureCard } from "./FigureCard.js";

// ECharts is heavy: it loads after the cards, in the same separate file as the directory's map.
const TrendsPanel = lazy(() => import("./TrendsPanel.js"));

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The key figures of the person's work on the home page: only what their role reaches (the server leaves
 * the rest out), this month against the last, totals since a day they choose, and twelve months of trends.
 */
export function KeyFigures() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [typed, setTyped] = useState<string | null>(null);
  const [since, setSince] = useState<string | undefined>(undefined);
  const dashboard = useDashboard(since);
  const data = dashboard.data;

  // A role without figures has no block, rather than an empty one or an error about permissions.
  if (isApiError(dashboard.error) && dashboard.error.status === 403) return null;
  if (data && data.figures.length === 0) return null;

  return (
    <Stack gap="sm" component="section" aria-labelledby="key-figures">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={2} size="h3" id="key-figures">
          {t("dashboardWeb.title")}
        </Title>
        <TextInput
          type="date"
          label={t("dashboardWeb.since")}
          value={typed ?? data?.since ?? ""}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setTyped(value);
            if (DATE.test(value)) setSince(value);
          }}
          max={new Date().toISOString().slice(0, 10)}
          w={200}
        />
      </Group>
      {data ? (
        <Text size="sm" c="dimmed">
          {t("dashboardWeb.intro", {
            month: monthName(data.month, lang),
            previous: monthName(data.previousMonth, lang),
          })}
        </Text>
      ) : null}
      <ErrorAlert error={dashboard.error} />
      {dashboard.isPending ? (
        <Center mih={120}>
          <Loader role="status" aria-label={t("app.loading")} />
        </Center>
      ) : null}
      {data ? (
        <>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" aria-busy={dashboard.isFetching}>
            {data.figures.map((figure) => (
              <FigureCard
                key={figure.key}
                figure={figure}
                month={data.month}
                previousMonth={data.previousMonth}
                since={data.since}
                lang={lang}
              />
            ))}
          </SimpleGrid>
          {data.figures.some(
            (figure) => figure.current === null || figure.previous === null || figure.sinceTotal === null,
          ) ? (
            <Text size="sm" c="dimmed">
              {t("dashboardWeb.withheldHint")}
            </Text>
          ) : null}
          {data.trends.length > 0 ? (
            <Suspense
              fallback={
                <Center mih={120}>
                  <Loader role="status" aria-label={t("dashboardWeb.trends.loading")} />
                </Center>
              }
            >
              <TrendsPanel trends={data.trends} lang={lang} />
            </Suspense>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
