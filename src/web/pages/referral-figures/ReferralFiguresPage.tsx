import { SegmentedControl, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import type { ReferralFigureDirection } from "../../../shared/api/referral-figures.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { BreakdownBars } from "../../components/figures/BreakdownBars.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { currentLanguage } from "../../i18n.js";
import { formatNumber } from "../cases/format.js";
import { PeriodPicker } from "../hotline-figures/PeriodPicker.js";
import { type Period, presetPeriod } from "../hotline-figures/period.js";
import { useOrganisationToday } from "../hotline-figures/use-organisation-today.js";
import { BREAKDOWNS, breakdownLabel, breakdownTitle } from "./figure-labels.js";
import { HeadlineCards } from "./HeadlineCards.js";
import { ReferralFunnel } from "./ReferralFunnel.js";
import { useReferralFigures } from "./referral-figures-api.js";
import { TimesTable } from "./TimesTable.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * /referrals/figures — the referral funnel for reporting: the referrals the organisation sent (or received)
 * in a period, counts and times only, small cells withheld by the server. The period and the direction live
 * in the address, so that a figure can be shared as a link; the same period picker as the helpline figures.
 */
export function ReferralFiguresPage() {
  const { t } = useTranslation();
  usePageTitle(t("referralFigures.title"));
  const lang = currentLanguage();
  const [params, setParams] = useSearchParams();
  const today = useOrganisationToday();
  const fallback = presetPeriod("thisYear", today);
  const given = (name: "from" | "to") => {
    const value = params.get(name) ?? "";
    return DATE.test(value) ? value : fallback[name];
  };
  const period: Period = { from: given("from"), to: given("to") };
  const direction: ReferralFigureDirection = params.get("direction") === "incoming" ? "incoming" : "outgoing";
  const figures = useReferralFigures({ ...period, direction });
  const update = (changes: Record<string, string | null>) => {
    const query = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) query.set(name, value);
      else query.delete(name);
    }
    setParams(query, { replace: true });
  };
  const choose = (next: Period) =>
    update({
      from: DATE.test(next.from) ? next.from : null,
      to: DATE.test(next.to) ? next.to : null,
    });
  const data = figures.data;
  const threshold = data?.threshold ?? 5;

  return (
    <Stack maw={1200}>
      <Title order={1}>{t("referralFigures.title")}</Title>
      <Text size="sm">
        {t(direction === "incoming" ? "referralFigures.introIncoming" : "referralFigures.intro", {
          timeZone: data?.timeZone ?? "…",
        })}{" "}
        {t("referralFigures.suppression", {
          threshold: formatNumber(threshold, lang),
          max: formatNumber(threshold - 1, lang),
        })}
      </Text>
      <SegmentedControl
        value={direction}
        onChange={(value) => update({ direction: value === "incoming" ? "incoming" : null })}
        data={[
          { value: "outgoing", label: t("referralFigures.direction.outgoing") },
          { value: "incoming", label: t("referralFigures.direction.incoming") },
        ]}
        aria-label={t("referralFigures.direction.label")}
        style={{ alignSelf: "flex-start" }}
      />
      <PeriodPicker today={today} period={period} onChange={choose} />
      <ErrorAlert error={figures.error} />
      {data ? (
        <>
          <HeadlineCards figures={data} lang={lang} />
          <ReferralFunnel figures={data} lang={lang} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {BREAKDOWNS.map((breakdown) => (
              <BreakdownBars
                key={breakdown}
                id={`referral-figures-${breakdown}`}
                title={breakdownTitle(breakdown, direction, t)}
                cells={data[breakdown]}
                label={breakdownLabel(breakdown, t, lang)}
                threshold={threshold}
                lang={lang}
                texts="referralFigures"
                barColor="teal.7"
              />
            ))}
          </SimpleGrid>
          <Stack gap="sm" component="section" aria-labelledby="referral-times">
            <Title order={2} size="h3" id="referral-times">
              {t("referralFigures.times.title")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("referralFigures.times.hint", { threshold: formatNumber(threshold, lang) })}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <TimesTable figures={data} measure="acknowledge" lang={lang} />
              <TimesTable figures={data} measure="complete" lang={lang} />
            </SimpleGrid>
          </Stack>
        </>
      ) : null}
    </Stack>
  );
}
