import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { can, useSession } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { useOffices } from "../offices/office-api.js";
import { ActivityCards } from "./ActivityCards.js";
import { ActivityFilters } from "./ActivityFilters.js";
import { useActivityList } from "./activity-api.js";
import { type ActivityFilterValues, changedParams, filtersFromParams, toActivityQuery } from "./activity-filters.js";

/** /activities — what the offices did, month by month: the raw material of the situation report. */
export function ActivityListPage() {
  const { t } = useTranslation();
  usePageTitle(t("activitiesWeb.list.title"));
  const { data: session } = useSession();
  const [params, setParams] = useSearchParams();
  const values = filtersFromParams(params);
  const offices = useOffices();
  const list = useActivityList(toActivityQuery(values));
  // Applied to the address as it is now (not this render's copy), replacing it: back leaves the page.
  const apply = (change: Partial<ActivityFilterValues>) =>
    setParams(changedParams(new URLSearchParams(window.location.search), change), { replace: true });

  return (
    <Stack maw={960}>
      <Group justify="space-between" wrap="wrap" align="flex-start">
        <Title order={1}>{t("activitiesWeb.list.title")}</Title>
        {can(session, "activity.write") ? (
          <Button component={Link} to="/activities/new">
            {t("activitiesWeb.list.new")}
          </Button>
        ) : null}
      </Group>
      <Text>{t("activitiesWeb.list.intro")}</Text>
      <ActivityFilters values={values} offices={offices.data ?? []} onChange={apply} />
      <ErrorAlert error={list.error} />
      <Text size="sm" aria-live="polite" data-testid="activity-count">
        {list.isSuccess
          ? list.items.length === 0
            ? t("activitiesWeb.list.empty")
            : t(list.hasNextPage ? "activitiesWeb.list.shownMore" : "activitiesWeb.list.shown", {
                count: list.items.length,
              })
          : ""}
      </Text>
      <ActivityCards items={list.items} />
      <LoadMore list={list} />
    </Stack>
  );
}
