import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { useCursorList } from "../../api/paging.js";
import { can, useSession } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { CaseFiltersForm } from "./CaseFiltersForm.js";
import { CaseTable } from "./CaseTable.js";
import { CASES_KEY } from "./case-api.js";
import { type CaseFilterValues, filtersFromParams, paramsFromFilters, toCaseQuery } from "./case-filters.js";
import type { CaseSummary } from "./case-types.js";
import { CaseExportDialog } from "./exchange/CaseExportDialog.js";
import { CaseImportDialog } from "./exchange/CaseImportDialog.js";

export function CaseListPage() {
  const { t } = useTranslation();
  usePageTitle(t("cases.title"));
  const { data: session } = useSession();
  const [params, setParams] = useSearchParams();
  const values = filtersFromParams(params);
  const list = useCursorList<CaseSummary>([...CASES_KEY, "list"], "/api/cases", toCaseQuery(values));
  // Replacing, not pushing: the back button leaves the list instead of stepping through every filter tried.
  const apply = (next: CaseFilterValues) => setParams(paramsFromFilters(next), { replace: true });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t("cases.title")}</Title>
        <Group gap="xs" wrap="wrap">
          {can(session, "case.import") ? <CaseImportDialog /> : null}
          {can(session, "personal_data.export") ? <CaseExportDialog filters={values} /> : null}
          {can(session, "case.write") ? (
            <Button component={Link} to="/cases/new">
              {t("intake.new")}
            </Button>
          ) : null}
        </Group>
      </Group>
      <CaseFiltersForm values={values} onChange={apply} />
      <ErrorAlert error={list.error} />
      {list.isSuccess && list.items.length === 0 ? <Text>{t("cases.empty")}</Text> : null}
      {list.items.length > 0 ? (
        <>
          <Text size="sm" aria-live="polite">
            {t("cases.shown", { count: list.items.length })}
          </Text>
          <CaseTable cases={list.items} />
        </>
      ) : null}
      <LoadMore list={list} />
    </Stack>
  );
}
