import { Center, Group, Loader, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { can, useSession } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { DirectoryActions } from "./DirectoryActions.js";
import { DirectoryFilters } from "./DirectoryFilters.js";
import { useServiceList } from "./directory-api.js";
import {
  changedParams,
  type DirectoryFilterValues,
  type DirectoryView,
  filtersFromParams,
  toServiceQuery,
  viewFromParams,
} from "./directory-filters.js";
import { ServiceResults } from "./ServiceResults.js";
import { SettledTextInput } from "./SettledTextInput.js";

// ECharts and the world's borders are heavy: they load only when someone opens the map.
const ServiceMapPanel = lazy(() => import("./map/ServiceMapPanel.js"));

/** /directory — find a service for a need, where the person is, in their language, that will take them. */
export function DirectoryPage() {
  const { t } = useTranslation();
  usePageTitle(t("directoryPage.title"));
  const { data: session } = useSession();
  const manages = can(session, "directory.manage");
  const [params, setParams] = useSearchParams();
  const values = filtersFromParams(params);
  const view = viewFromParams(params);
  /**
   * A change is applied to the address bar as it is now, not to this render's copy of it: the router renders
   * a new address in a transition, so a second quick change (a filter chosen while the last one is still
   * rendering) would otherwise undo the first. Replacing, not pushing: the back button leaves the page
   * instead of stepping through every filter.
   */
  const apply = (change: Partial<DirectoryFilterValues>, nextView?: DirectoryView) =>
    setParams(changedParams(new URLSearchParams(window.location.search), change, nextView), { replace: true });
  const query = toServiceQuery(values);
  const list = useServiceList(query, { enabled: view === "list" });

  return (
    <Stack maw={1100}>
      <Group justify="space-between" wrap="wrap" align="flex-start">
        <Title order={1}>{t("directoryPage.title")}</Title>
        <DirectoryActions query={query} manages={manages} />
      </Group>
      <Text>{t("directoryPage.intro")}</Text>
      <search>
        <SettledTextInput
          type="search"
          label={t("directoryPage.search")}
          description={t("directoryPage.searchHint")}
          value={values.q}
          onSettle={(q) => apply({ q })}
          maxLength={100}
        />
      </search>
      <DirectoryFilters values={values} onChange={apply} />
      <SegmentedControl
        aria-label={t("directoryPage.view.label")}
        value={view}
        onChange={(next) => apply({}, next === "map" ? "map" : "list")}
        data={[
          { value: "list", label: t("directoryPage.view.list") },
          { value: "map", label: t("directoryPage.view.map") },
        ]}
        style={{ alignSelf: "flex-start" }}
      />
      {view === "map" ? (
        <Suspense
          fallback={
            <Center mih={200}>
              <Loader aria-label={t("directoryPage.map.loading")} />
            </Center>
          }
        >
          <ServiceMapPanel query={query} onShowList={() => apply({}, "list")} />
        </Suspense>
      ) : (
        <>
          <ErrorAlert error={list.error} />
          <Text size="sm" aria-live="polite" data-testid="directory-count">
            {list.isSuccess
              ? list.items.length === 0
                ? t("directoryPage.empty")
                : t(list.hasNextPage ? "directoryPage.shownMore" : "directoryPage.shown", { count: list.items.length })
              : ""}
          </Text>
          <ServiceResults items={list.items} />
          <LoadMore list={list} />
        </>
      )}
    </Stack>
  );
}
