import { Card, List, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { DirectoryImportProblem, DirectoryImportReport } from "../../../../shared/api/directory.js";

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

/** Every problem of the file with its row (as the spreadsheet numbers it) and column, in the server's words. */
export function ImportProblems({ problems }: { problems: readonly DirectoryImportProblem[] }) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  // The column's name as the exported file's header row gives it, in the same language.
  const column = (field: string) => t(`directory.columns.${field}`, { defaultValue: field });
  if (problems.length === 0) return null;
  if (isPhone) {
    return (
      <Stack
        gap="xs"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: "none" }}
        aria-label={t("directoryPage.import.problems")}
      >
        {problems.map((problem, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems are listed in the order the server found them.
          <Card key={index} component="li" withBorder padding="xs">
            <Text size="sm" fw={600}>
              {t("directoryPage.import.where", { row: problem.row, column: column(problem.field) })}
            </Text>
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              {problem.message}
            </Text>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder>
        <Table.Caption>{t("directoryPage.import.problems")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("directoryPage.import.row")}</Table.Th>
            <Table.Th scope="col">{t("directoryPage.import.column")}</Table.Th>
            <Table.Th scope="col">{t("directoryPage.import.problem")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems are listed in the order the server found them.
            <Table.Tr key={index}>
              <Table.Td>{problem.row}</Table.Td>
              <Table.Td>{column(problem.field)}</Table.Td>
              <Table.Td style={{ overflowWrap: "anywhere" }}>{problem.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
