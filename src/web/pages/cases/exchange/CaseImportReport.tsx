import { List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportNormalisation, ImportReport } from "../../../../shared/api/htcds-exchange.js";

/** Enough to find the rows in the file; a longer list would only push the rest of the dialog away. */
const SHOWN_ROWS = 30;
const SHOWN_NORMALISED = 50;

/** Row numbers as the spreadsheet numbers them, the first few of a long list. */
export function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, SHOWN_ROWS).join(", ");
  return rows.length > SHOWN_ROWS ? `${shown} …` : shown;
}

/** Rows read, good and bad, and the cases the import will create (a check) or created (an import). */
export function CaseImportCounts({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid="import-counts">
      <List size="sm">
        <List.Item>{t("caseExchange.import.counts.rows", { count: report.rows })}</List.Item>
        <List.Item>{t("caseExchange.import.counts.valid", { count: report.valid })}</List.Item>
        {report.invalid > 0 ? (
          <List.Item>{t("caseExchange.import.counts.invalid", { count: report.invalid })}</List.Item>
        ) : null}
        <List.Item>
          {report.dryRun
            ? t("caseExchange.import.counts.willCreate", { count: report.cases })
            : t("caseExchange.import.counts.created", { count: report.created })}
        </List.Item>
      </List>
      {report.ignoredColumns.length > 0 ? (
        <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
          {t("caseExchange.import.ignored", { columns: report.ignoredColumns.join(", ") })}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * Values written in an earlier HTCDS version (or another spelling) and what they become, so that the person
 * can see that "Male" was kept as "Masculine" rather than wonder whether it was lost.
 */
export function CaseImportNormalised({ normalised }: { normalised: readonly ImportNormalisation[] }) {
  const { t } = useTranslation();
  if (normalised.length === 0) return null;
  const hidden = normalised.length - SHOWN_NORMALISED;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} id="import-normalised">
        {t("caseExchange.import.normalised")}
      </Text>
      <List size="sm" aria-labelledby="import-normalised" style={{ overflowWrap: "anywhere" }}>
        {normalised.slice(0, SHOWN_NORMALISED).map((change) => (
          <List.Item key={`${change.row}-${change.field}-${change.from}`}>
            {t("caseExchange.import.normalisedItem", {
              row: change.row,
              column: change.field,
              from: change.from,
              to: change.to,
            })}
          </List.Item>
        ))}
      </List>
      {hidden > 0 ? (
        <Text size="sm" c="dimmed">
          {t("caseExchange.import.normalisedMore", { count: hidden })}
        </Text>
      ) : null}
    </Stack>
  );
}
