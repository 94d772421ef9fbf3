import { Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import { useAssistanceTypes } from "../assistance-types.js";
import type { TabProps } from "../CasePage.js";
import { useCaseItems, useCaseMutation } from "../case-api.js";
import type { AssistanceRecord, SupportPlan } from "../case-types.js";
import { FormError } from "../FormError.js";
import { formatDate, formatMoney, formatNumber, todayLocal } from "../format.js";
import { useVocab } from "../vocab.js";
import { AssistanceForm } from "./AssistanceForm.js";

const STATUS_COLOURS: Record<string, string> = { planned: "blue", provided: "green", cancelled: "gray" };

function useRecordText() {
  const vocab = useVocab();
  const types = useAssistanceTypes();
  return (record: AssistanceRecord) => ({
    type: types.label(record.assistanceType),
    status: (
      <Badge color={STATUS_COLOURS[record.status] ?? "gray"} variant="light" tt="none" miw="max-content">
        {vocab.label("assistanceStatus", record.status)}
      </Badge>
    ),
    date: formatDate(record.providedOn, vocab.lang),
    provider: record.providerOrganisationName ?? record.providerName ?? "",
    amount:
      record.quantity !== null
        ? `${formatNumber(record.quantity, vocab.lang)} ${vocab.label("assistanceUnit", record.unit)}`.trim()
        : "",
    cost: formatMoney(record.cost, record.currency, vocab.lang),
    note: record.note ?? "",
  });
}

/** Assistance planned for and provided to the case: a table when wide, cards on a phone. */
export function AssistanceSection({ item, canWrite, plans }: TabProps & { plans: SupportPlan[] }) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  const records = useCaseItems<AssistanceRecord>(item.id, "assistance");
  const [adding, setAdding] = useState(false);
  const text = useRecordText();
  const provide = useCaseMutation((id: string) =>
    api.patch(`/api/assistance/${encodeURIComponent(id)}`, { status: "provided", providedOn: todayLocal() }),
  );
  const list = records.data?.items ?? [];
  const [editing, setEditing] = useState<AssistanceRecord | null>(null);
  const editable = canWrite && !item.identifyingErased;
  const actions = (record: AssistanceRecord) =>
    editable ? (
      <Group gap="xs" wrap="nowrap">
        <Button
          size="xs"
          variant="default"
          onClick={() => setEditing(record)}
          aria-label={t("casePage.assistance.editNamed", { type: text(record).type })}
        >
          {t("casePage.change")}
        </Button>
        {record.status === "planned" ? (
          <Button
            size="xs"
            variant="default"
            loading={provide.isPending && provide.variables === record.id}
            onClick={() => provide.mutate(record.id)}
          >
            {t("casePage.assistance.markProvided")}
          </Button>
        ) : null}
      </Group>
    ) : null;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t("casePage.assistance.title")}
        </Title>
        {canWrite && !adding ? (
          <Button variant="default" onClick={() => setAdding(true)}>
            {t("casePage.assistance.add")}
          </Button>
        ) : null}
      </Group>
      {adding ? <AssistanceForm caseId={item.id} plans={plans} onDone={() => setAdding(false)} /> : null}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t("casePage.assistance.edit")}
        closeButtonProps={{ "aria-label": t("common.close") }}
        size="xl"
        fullScreen={isPhone}
      >
        {editing ? (
          <AssistanceForm caseId={item.id} plans={plans} record={editing} onDone={() => setEditing(null)} />
        ) : null}
      </Modal>
      <ErrorAlert error={records.error} />
      <FormError error={provide.error} />
      {records.isSuccess && list.length === 0 ? <Text>{t("casePage.assistance.empty")}</Text> : null}
      {isPhone ? (
        <Stack gap="sm">
          {list.map((record) => {
            const row = text(record);
            return (
              <Card key={record.id} withBorder padding="sm" component="article" aria-label={row.type}>
                <Group justify="space-between">
                  <Text fw={600}>{row.type}</Text>
                  {row.status}
                </Group>
                <Text size="sm">{[row.date, row.provider].filter(Boolean).join(" · ")}</Text>
                <Text size="sm">{[row.amount, row.cost].filter(Boolean).join(" · ")}</Text>
                {row.note ? <Text size="sm">{row.note}</Text> : null}
                {actions(record)}
              </Card>
            );
          })}
        </Stack>
      ) : list.length > 0 ? (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("fields.assistanceType")}</Table.Th>
                <Table.Th scope="col">{t("fields.status")}</Table.Th>
                <Table.Th scope="col">{t("fields.providedOn")}</Table.Th>
                <Table.Th scope="col">{t("fields.providerName")}</Table.Th>
                <Table.Th scope="col">{t("fields.quantity")}</Table.Th>
                <Table.Th scope="col">{t("fields.cost")}</Table.Th>
                <Table.Th scope="col">{t("casePage.assistance.note")}</Table.Th>
                {editable ? <Table.Th scope="col">{t("common.actions")}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((record) => {
                const row = text(record);
                return (
                  <Table.Tr key={record.id}>
                    <Table.Td>{row.type}</Table.Td>
                    <Table.Td>{row.status}</Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>{row.date}</Table.Td>
                    <Table.Td>{row.provider}</Table.Td>
                    <Table.Td>{row.amount}</Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>{row.cost}</Table.Td>
                    <Table.Td>{row.note}</Table.Td>
                    {editable ? <Table.Td>{actions(record)}</Table.Td> : null}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
