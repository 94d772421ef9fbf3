import { Anchor, Card, Group, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { CaseBadges } from "./CaseBadges.js";
import type { CaseSummary } from "./case-types.js";
import { formatDate } from "./format.js";
import { useVocab } from "./vocab.js";

interface CaseTableProps {
  cases: CaseSummary[];
  /** Extra controls per case, e.g. approve and return in the approval queue. */
  actions?: (item: CaseSummary) => ReactNode;
}

function PersonName({ item }: { item: CaseSummary }) {
  const { t } = useTranslation();
  if (item.personName) return item.personName;
  return (
    <Text c="dimmed" span size="sm">
      {t("cases.nameHidden")}
    </Text>
  );
}

/** A table on a wide screen; on a phone each case is a card, so nothing has to be scrolled sideways. */
export function CaseTable({ cases, actions }: CaseTableProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  const link = (item: CaseSummary) => (
    <Anchor component={Link} to={`/cases/${item.id}`} fw={600}>
      {item.caseNumber}
    </Anchor>
  );

  if (isPhone) {
    return (
      <Stack gap="sm">
        {cases.map((item) => (
          <Card key={item.id} withBorder padding="sm" component="article" aria-label={item.caseNumber}>
            <Group justify="space-between" wrap="wrap" gap={6} align="flex-start">
              <span style={{ whiteSpace: "nowrap" }}>{link(item)}</span>
              <CaseBadges stage={item.stage} status={item.status} />
            </Group>
            <Text size="sm" mt={4}>
              <PersonName item={item} />
            </Text>
            <Text size="sm" c="dimmed">
              {t("cases.openedOn", { date: formatDate(item.openedOn, vocab.lang) })}
              {item.ownerName ? ` · ${item.ownerName}` : ""}
            </Text>
            {item.exploitationTypes.length > 0 ? (
              <Text size="sm">{vocab.labels("exploitationType", item.exploitationTypes)}</Text>
            ) : null}
            {actions ? <Group mt="xs">{actions(item)}</Group> : null}
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={actions ? 960 : 720}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("cases.caseNumber")}</Table.Th>
            <Table.Th scope="col">{t("cases.person")}</Table.Th>
            <Table.Th scope="col">{t("fields.stage")}</Table.Th>
            <Table.Th scope="col">{t("cases.owner")}</Table.Th>
            <Table.Th scope="col">{t("fields.openedOn")}</Table.Th>
            <Table.Th scope="col">{t("fields.exploitationTypes")}</Table.Th>
            {actions ? <Table.Th scope="col">{t("common.actions")}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{link(item)}</Table.Td>
              <Table.Td>
                <PersonName item={item} />
              </Table.Td>
              <Table.Td>
                <CaseBadges stage={item.stage} status={item.status} />
              </Table.Td>
              <Table.Td>{item.ownerName ?? ""}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <time dateTime={item.openedOn}>{formatDate(item.openedOn, vocab.lang)}</time>
              </Table.Td>
              <Table.Td>{vocab.labels("exploitationType", item.exploitationTypes)}</Table.Td>
              {actions ? (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap" miw="max-content">
                    {actions(item)}
                  </Group>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
