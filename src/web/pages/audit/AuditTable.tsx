import { Code, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AuditEntry } from "../../api/types.js";
import { formatDateTime } from "../../format.js";
import { currentLanguage } from "../../i18n.js";
import { OutcomeBadge } from "./OutcomeBadge.js";

function hasDetail(entry: AuditEntry): boolean {
  return entry.detail !== null && entry.detail !== undefined;
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("audit.at")}</Table.Th>
            <Table.Th scope="col">{t("audit.actor")}</Table.Th>
            <Table.Th scope="col">{t("fields.action")}</Table.Th>
            <Table.Th scope="col">{t("audit.record")}</Table.Th>
            <Table.Th scope="col">{t("fields.outcome")}</Table.Th>
            <Table.Th scope="col">{t("audit.reason")}</Table.Th>
            <Table.Th scope="col">{t("audit.detail")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.seq}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
              </Table.Td>
              <Table.Td style={{ overflowWrap: "anywhere" }}>
                {entry.actorName ?? (entry.actorLabel || t("audit.system"))}
              </Table.Td>
              <Table.Td>
                <Code>{entry.action}</Code>
              </Table.Td>
              <Table.Td>
                {entry.recordType ? (
                  <Text size="sm">
                    {entry.recordType}
                    {entry.recordId ? ` · ${entry.recordId}` : ""}
                    {entry.recordIds && entry.recordIds.length > 0
                      ? ` · ${t("audit.recordCount", { count: entry.recordIds.length })}`
                      : ""}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <OutcomeBadge outcome={entry.outcome} />
              </Table.Td>
              <Table.Td>{entry.reason ?? ""}</Table.Td>
              <Table.Td>
                <details>
                  <summary style={{ cursor: "pointer" }}>{t("audit.showDetail")}</summary>
                  <Text size="xs" mt={4}>
                    {t("audit.sequence", { seq: entry.seq })}
                    {entry.requestId ? ` · ${t("common.reference", { id: entry.requestId })}` : ""}
                    {entry.clientIp ? ` · ${entry.clientIp}` : ""}
                  </Text>
                  {hasDetail(entry) ? (
                    <Code block fz="xs" mt={4} maw={360}>
                      {JSON.stringify(entry.detail, null, 2)}
                    </Code>
                  ) : null}
                </details>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
