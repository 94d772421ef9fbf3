import { NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { can, useSession } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { Loading } from "../activities/ActivityEditPage.js";
import { useActivityLabels } from "../activities/activity-labels.js";
import { isMonth, monthChoices, previousMonth } from "../activities/months.js";
import { PeriodCard } from "./PeriodCard.js";
import { usePeriods } from "./period-api.js";

/**
 * /reporting-periods — each office's month: how many activities are in draft, waiting for approval or
 * approved, and whether the month is locked. A supervisor locks a month once everything in it is approved,
 * so that the report's figures stay as reported; unlocking takes a reason.
 */
export function ReportingPeriodsPage() {
  const { t } = useTranslation();
  usePageTitle(t("activitiesWeb.periods.title"));
  const labels = useActivityLabels();
  const { data: session } = useSession();
  const approves = can(session, "activity.approve");
  const [params, setParams] = useSearchParams();
  const asked = params.get("month");
  const month = isMonth(asked) ? asked : previousMonth();
  const months = useMemo(
    () => monthChoices(new Date(), 6, [month]).map((m) => ({ value: m, label: labels.month(m) })),
    [labels, month],
  );
  const periods = usePeriods(month);
  const items = periods.data ?? [];
  return (
    <Stack maw={960}>
      <Title order={1}>{t("activitiesWeb.periods.title")}</Title>
      <Text>{t("activitiesWeb.periods.intro")}</Text>
      <NativeSelect
        label={t("activitiesWeb.periods.month")}
        value={month}
        onChange={(event) => setParams({ month: event.currentTarget.value }, { replace: true })}
        data={months}
        maw={320}
      />
      <ErrorAlert error={periods.error} />
      {periods.isPending ? <Loading /> : null}
      {periods.isSuccess && items.length === 0 ? <Text>{t("activitiesWeb.periods.noOffices")}</Text> : null}
      <Stack
        component="ul"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: "none" }}
        aria-label={t("activitiesWeb.periods.listLabel", { month: labels.month(month) })}
      >
        {items.map((period) => (
          <PeriodCard key={period.officeId} period={period} approves={approves} />
        ))}
      </Stack>
    </Stack>
  );
}
