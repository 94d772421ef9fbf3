import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrors, toQueryString } from "../../api/client.js";
import { useCursorList } from "../../api/paging.js";
import { can, useSession } from "../../api/session.js";
import type { AuditEntry } from "../../api/types.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { AuditFiltersForm } from "./AuditFiltersForm.js";
import { AuditTable } from "./AuditTable.js";
import { type AuditFilterValues, NO_FILTERS, toAuditFilters } from "./audit-filters.js";

export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t("audit.title"));
  const { data: session } = useSession();
  const [values, setValues] = useState<AuditFilterValues>(NO_FILTERS);
  const filters = toAuditFilters(values);
  const list = useCursorList<AuditEntry>(["audit"], "/api/audit", { ...filters }, { limit: 50 });
  // Export streams the whole filtered trail from the server; a plain link lets the browser handle the download.
  const exportHref = `/api/audit/export.csv${toQueryString({ ...filters })}`;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t("audit.title")}</Title>
        {can(session, "audit.export") ? (
          <Button component="a" href={exportHref} download variant="default">
            {t("audit.export")}
          </Button>
        ) : null}
      </Group>
      <Text size="sm" maw={720}>
        {t("audit.intro")}
      </Text>
      <AuditFiltersForm initial={values} onApply={setValues} errors={fieldErrors(list.error)} />
      <ErrorAlert error={list.error} />
      {list.isSuccess && list.items.length === 0 ? <Text>{t("audit.empty")}</Text> : null}
      {list.items.length > 0 ? (
        <>
          <Text size="sm" aria-live="polite">
            {t("audit.shown", { count: list.items.length })}
          </Text>
          <AuditTable entries={list.items} />
        </>
      ) : null}
      <LoadMore list={list} />
    </Stack>
  );
}
