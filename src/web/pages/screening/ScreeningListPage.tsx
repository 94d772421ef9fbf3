import { Anchor, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import type { Screening } from "../../../shared/api/screening.js";
import { useCursorList } from "../../api/paging.js";
import { can, useSession } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { NewScreeningButton } from "./NewScreeningButton.js";
import { ScreeningCards } from "./ScreeningCards.js";
import { ScreeningFilters } from "./ScreeningFilters.js";
import { SCREENINGS_KEY, useForms } from "./screening-api.js";
import {
  filtersFromParams,
  paramsFromFilters,
  type ScreeningFilterValues,
  toScreeningQuery,
} from "./screening-filters.js";

/** /screenings — the screenings the person reaches, newest first, and the way to start a new one. */
export function ScreeningListPage() {
  const { t } = useTranslation();
  usePageTitle(t("screeningWeb.list.title"));
  const { data: session } = useSession();
  const [params, setParams] = useSearchParams();
  const values = filtersFromParams(params);
  const forms = useForms();
  const list = useCursorList<Screening>([...SCREENINGS_KEY, "list"], "/api/screenings", toScreeningQuery(values));
  // Replacing, not pushing: the back button leaves the list instead of stepping through every filter tried.
  const apply = (next: ScreeningFilterValues) => setParams(paramsFromFilters(next), { replace: true });

  return (
    <Stack maw={960}>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t("screeningWeb.list.title")}</Title>
        {can(session, "screening.write") ? <NewScreeningButton forms={forms.data ?? []} /> : null}
      </Group>
      {can(session, "aggregates.read") ? (
        <Anchor component={Link} to="/screenings/figures" size="sm">
          {t("screeningWeb.list.toFigures")}
        </Anchor>
      ) : null}
      <ScreeningFilters values={values} onChange={apply} forms={forms.data ?? []} />
      <ErrorAlert error={list.error ?? forms.error} />
      {list.isSuccess && list.items.length === 0 ? <Text>{t("screeningWeb.list.empty")}</Text> : null}
      {list.items.length > 0 ? (
        <>
          <Text size="sm" aria-live="polite">
            {t("screeningWeb.list.shown", { count: list.items.length })}
          </Text>
          <ScreeningCards screenings={list.items} forms={forms.data ?? []} />
        </>
      ) : null}
      <LoadMore list={list} />
    </Stack>
  );
}
