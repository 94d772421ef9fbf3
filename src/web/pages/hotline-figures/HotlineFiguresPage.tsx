import { SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { BreakdownBars } from "../../components/figures/BreakdownBars.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { currentLanguage } from "../../i18n.js";
import { formatNumber } from "../cases/format.js";
import { BREAKDOWNS, breakdownLabel } from "./figure-labels.js";
import { HeadlineNumbers } from "./HeadlineNumbers.js";
import { useHotlineFigures } from "./hotline-figures-api.js";
import { PeriodPicker } from "./PeriodPicker.js";
import { type Period, presetPeriod } from "./period.js";
import { useOrganisationToday } from "./use-organisation-today.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** /hotline/figures — the helpline's figures for reporting: counts only, small cells withheld by the server. */
export function HotlineFiguresPage() {
  const { t } = useTranslation();
  usePageTitle(t("hotlineFigures.title"));
  const lang = currentLanguage();
  const [params, setParams] = useSearchParams();
  // The period lives in the address, so that a figure can be shared as a link; this year unless given.
  const today = useOrganisationToday();
  const fallback = presetPeriod("thisYear", today);
  const given = (name: "from" | "to") => {
    const value = params.get(name) ?? "";
    return DATE.test(value) ? value : fallback[name];
  };
  const period: Period = { from: given("from"), to: given("to") };
  const figures = useHotlineFigures(period);
  const choose = (next: Period) => {
    const query = new URLSearchParams(params);
    for (const name of ["from", "to"] as const) {
      if (DATE.test(next[name])) query.set(name, next[name]);
      else query.delete(name);
    }
    setParams(query, { replace: true });
  };
  const data = figures.data;

  return (
    <Stack maw={1200}>
      <Title order={1}>{t("hotlineFigures.title")}</Title>
      <Text size="sm">
        {t("hotlineFigures.intro", { timeZone: data?.timeZone ?? "…" })}{" "}
        {t("hotlineFigures.suppression", {
          threshold: formatNumber(data?.threshold ?? 5, lang),
          max: formatNumber((data?.threshold ?? 5) - 1, lang),
        })}
      </Text>
      <PeriodPicker today={today} period={period} onChange={choose} />
      <ErrorAlert error={figures.error} />
      {data ? (
        <>
          <HeadlineNumbers figures={data} lang={lang} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {BREAKDOWNS.map((breakdown) => (
              <BreakdownBars
                key={breakdown}
                id={`hotline-figures-${breakdown}`}
                title={t(`hotlineFigures.breakdowns.${breakdown}`)}
                cells={data[breakdown]}
                label={breakdownLabel(breakdown, t, lang, data.customTopics)}
                threshold={data.threshold}
                lang={lang}
                texts="hotlineFigures"
              />
            ))}
          </SimpleGrid>
        </>
      ) : null}
    </Stack>
  );
}
