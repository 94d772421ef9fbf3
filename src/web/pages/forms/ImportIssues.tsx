import { Badge, Card, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { ImportIssue } from "./form-api.js";

/** Where an issue is, in words: "survey, row 12, column relevant". */
function useWhere() {
  const { t } = useTranslation();
  return (issue: ImportIssue) =>
    [
      t(`formLibrary.sheets.${issue.sheet}`, { defaultValue: issue.sheet }),
      issue.row !== undefined ? t("formLibrary.issues.row", { row: issue.row }) : null,
      issue.column ? t("formLibrary.issues.column", { column: issue.column }) : null,
    ]
      .filter(Boolean)
      .join(", ");
}

/** Every problem of an uploaded XLSForm, with its sheet, row and column, and the code translated. */
export function ImportIssues({ issues }: { issues: readonly ImportIssue[] }) {
  const { t } = useTranslation();
  const where = useWhere();
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  const problem = (issue: ImportIssue) => t(`formIssues.${issue.code}`, { defaultValue: issue.code });
  const severity = (issue: ImportIssue) => (
    <Badge color={issue.severity === "error" ? "red" : "orange"} variant="light" tt="none" miw="max-content">
      {t(`formLibrary.issues.${issue.severity}`)}
    </Badge>
  );
  if (issues.length === 0) return null;
  if (isPhone) {
    return (
      <Stack
        gap="xs"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: "none" }}
        aria-label={t("formLibrary.issues.title")}
      >
        {issues.map((issue, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: issues are listed in the order the server found them.
          <Card key={index} component="li" withBorder padding="xs">
            {severity(issue)}
            <Text size="sm" fw={600} mt={4}>
              {where(issue)}
            </Text>
            <Text size="sm">{problem(issue)}</Text>
            {issue.detail ? (
              <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                {issue.detail}
              </Text>
            ) : null}
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder>
        <Table.Caption>{t("formLibrary.issues.title")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("formLibrary.issues.severity")}</Table.Th>
            <Table.Th scope="col">{t("formLibrary.issues.sheet")}</Table.Th>
            <Table.Th scope="col">{t("formLibrary.issues.rowHeader")}</Table.Th>
            <Table.Th scope="col">{t("formLibrary.issues.columnHeader")}</Table.Th>
            <Table.Th scope="col">{t("formLibrary.issues.problem")}</Table.Th>
            <Table.Th scope="col">{t("formLibrary.issues.detail")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: issues are listed in the order the server found them.
            <Table.Tr key={index}>
              <Table.Td>{severity(issue)}</Table.Td>
              <Table.Td>{t(`formLibrary.sheets.${issue.sheet}`, { defaultValue: issue.sheet })}</Table.Td>
              <Table.Td>{issue.row ?? ""}</Table.Td>
              <Table.Td>{issue.column ?? ""}</Table.Td>
              <Table.Td>{problem(issue)}</Table.Td>
              <Table.Td style={{ overflowWrap: "anywhere" }}>{issue.detail ?? ""}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
