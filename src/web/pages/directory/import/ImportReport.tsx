import { List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DirectoryImportReport } from "../../../../shared/api/directory.js";

/** What the file creates, changes and leaves as it is, for providers and for services. */
export function ImportCounts({ report }: { report: DirectoryImportReport }) {
  const { t } = useTranslation();
  const tense = report.dryRun ? "willBe" : "were";
  const line = (part: "providers" | "services") => {
    const counts = report[part];
    return t(`directoryPage.import.counts.${part}`, {
      created: t(`directoryPage.import.counts.${tense}.created`, { count: counts.create }),
      updated: t(`directoryPage.import.counts.${tense}.updated`, { count: counts.update }),
      unchanged: t("directoryPage.import.counts.unchanged", { count: counts.unchanged }),
    });
  };
  return (
    <Stack gap={4} data-testid="import-counts">
      <Text size="sm">{t("directoryPage.import.counts.rows", { count: report.rows })}</Text>
      <List size="sm">
        <List.Item>{line("providers")}</List.Item>
        <List.Item>{line("services")}</List.Item>
      </List>
      {report.ignoredColumns.length > 0 ? (
        <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
          {t("directoryPage.import.ignored", { columns: report.ignoredColumns.join(", ") })}
        </Text>
      ) : null}
    </Stack>
  );
}
