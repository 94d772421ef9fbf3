import { Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { SuccessAlert } from "../../components/SuccessAlert.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { currentLanguage } from "../../i18n.js";
import { useAssistanceTypes } from "../cases/assistance-types.js";
import type { AssistanceTypeItem } from "../cases/case-types.js";
import { FormError } from "../cases/FormError.js";
import { AssistanceTypeForm } from "./AssistanceTypeForm.js";
import { useUpdateAssistanceType } from "./assistance-type-api.js";

/** "new", the type being renamed, or nothing. */
type Editing = "new" | AssistanceTypeItem | null;

/**
 * The organisation's assistance catalogue: the built-in types every organisation shares, and its own
 * types, added with a name in each language and disabled when no longer offered.
 */
export function AssistanceTypesPage() {
  const { t } = useTranslation();
  usePageTitle(t("assistanceTypes.title"));
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  const types = useAssistanceTypes();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const lang = currentLanguage();
  // From the answer itself: the list may not have been fetched again yet when the notice is written.
  const nameOf = (item: AssistanceTypeItem) => item.labels?.[lang] ?? item.labels?.en ?? item.code;
  const toggle = useUpdateAssistanceType((item) =>
    setNotice(
      t(item.disabled ? "assistanceTypes.disabledNotice" : "assistanceTypes.enabledNotice", { name: nameOf(item) }),
    ),
  );
  const items = types.data?.items ?? [];
  const own = items.filter((item) => !item.builtIn);
  const builtIn = items.filter((item) => item.builtIn);

  const status = (item: AssistanceTypeItem) => (
    <Badge color={item.disabled ? "gray" : "green"} variant="light" tt="none" miw="max-content">
      {item.disabled ? t("common.disabled") : t("common.active")}
    </Badge>
  );
  const actions = (item: AssistanceTypeItem) => {
    const name = types.label(item.code);
    return (
      <Group gap="xs" wrap="wrap">
        <Button
          size="xs"
          variant="default"
          onClick={() => setEditing(item)}
          aria-label={t("assistanceTypes.renameNamed", { name })}
        >
          {t("assistanceTypes.rename")}
        </Button>
        <Button
          size="xs"
          variant="default"
          loading={toggle.isPending && toggle.variables?.code === item.code}
          onClick={() => {
            setNotice(null);
            toggle.mutate({ code: item.code, patch: { disabled: !item.disabled } });
          }}
          aria-label={t(item.disabled ? "assistanceTypes.enableNamed" : "assistanceTypes.disableNamed", { name })}
        >
          {item.disabled ? t("assistanceTypes.enable") : t("assistanceTypes.disable")}
        </Button>
      </Group>
    );
  };

  return (
    <Stack maw={960}>
      <Group justify="space-between">
        <Title order={1}>{t("assistanceTypes.title")}</Title>
        <Button
          onClick={() => {
            setNotice(null);
            setEditing("new");
          }}
        >
          {t("assistanceTypes.add")}
        </Button>
      </Group>
      <Text>{t("assistanceTypes.intro")}</Text>
      {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
      <FormError error={toggle.error} titled={false} />
      <ErrorAlert error={types.error} />

      <Title order={2} size="h3">
        {t("assistanceTypes.ownTitle")}
      </Title>
      {types.isSuccess && own.length === 0 ? <Text>{t("assistanceTypes.ownEmpty")}</Text> : null}
      {isPhone ? (
        <Stack gap="sm">
          {own.map((item) => (
            <Card key={item.code} withBorder padding="sm" component="article" aria-label={types.label(item.code)}>
              <Group justify="space-between" wrap="wrap">
                <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                  {types.label(item.code)}
                </Text>
                {status(item)}
              </Group>
              <Text size="sm" c="dimmed" mb="xs" style={{ overflowWrap: "anywhere" }}>
                {item.code}
              </Text>
              {actions(item)}
            </Card>
          ))}
        </Stack>
      ) : own.length > 0 ? (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("assistanceTypes.name")}</Table.Th>
              <Table.Th scope="col">{t("assistanceTypes.code")}</Table.Th>
              <Table.Th scope="col">{t("common.status")}</Table.Th>
              <Table.Th scope="col">{t("common.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {own.map((item) => (
              <Table.Tr key={item.code}>
                <Table.Th scope="row" fw={400}>
                  {types.label(item.code)}
                </Table.Th>
                <Table.Td style={{ overflowWrap: "anywhere" }}>{item.code}</Table.Td>
                <Table.Td>{status(item)}</Table.Td>
                <Table.Td>{actions(item)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}

      <Title order={2} size="h3">
        {t("assistanceTypes.builtInTitle")}
      </Title>
      <Text size="sm">{t("assistanceTypes.builtInIntro")}</Text>
      {builtIn.length > 0 ? (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("assistanceTypes.name")}</Table.Th>
              <Table.Th scope="col">{t("assistanceTypes.code")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {builtIn.map((item) => (
              <Table.Tr key={item.code}>
                <Table.Th scope="row" fw={400}>
                  {types.label(item.code)}
                </Table.Th>
                <Table.Td style={{ overflowWrap: "anywhere" }}>{item.code}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === "new" ? t("assistanceTypes.add") : t("assistanceTypes.rename")}
        closeButtonProps={{ "aria-label": t("common.close") }}
        size="lg"
        fullScreen={isPhone}
      >
        {editing ? (
          <AssistanceTypeForm
            item={editing === "new" ? undefined : editing}
            onDone={(item) => {
              setEditing(null);
              if (item) setNotice(t("assistanceTypes.saved", { name: nameOf(item) }));
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
