import { Badge, Code, Table, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.js";
import type { ApiToken } from "../../api/types.js";
import { ConfirmAction } from "../../components/ConfirmAction.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { formatDateTime } from "../../format.js";
import { currentLanguage } from "../../i18n.js";
import { TOKENS_KEY } from "./tokens.js";

export function TokensTable({ tokens }: { tokens: ApiToken[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`/api/auth/tokens/${encodeURIComponent(id)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });

  if (tokens.length === 0) return <Text size="sm">{t("tokens.none")}</Text>;
  return (
    <>
      <ErrorAlert error={revoke.error} />
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Caption>{t("tokens.tableCaption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("tokens.name")}</Table.Th>
              <Table.Th scope="col">{t("tokens.prefix")}</Table.Th>
              <Table.Th scope="col">{t("tokens.created")}</Table.Th>
              <Table.Th scope="col">{t("tokens.expires")}</Table.Th>
              <Table.Th scope="col">{t("tokens.lastUsed")}</Table.Th>
              <Table.Th scope="col">{t("common.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td>{token.name}</Table.Td>
                <Table.Td>
                  <Code>{token.prefix}…</Code>
                </Table.Td>
                <Table.Td>{formatDateTime(token.createdAt, lang)}</Table.Td>
                <Table.Td>
                  {token.expiresAt ? formatDateTime(token.expiresAt, lang) : t("tokens.neverExpires")}
                </Table.Td>
                <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, lang) : t("common.never")}</Table.Td>
                <Table.Td>
                  {token.revokedAt ? (
                    <Badge color="gray" variant="light" tt="none" miw="max-content">
                      {t("tokens.revoked")}
                    </Badge>
                  ) : (
                    <ConfirmAction
                      label={t("tokens.revoke")}
                      title={t("tokens.revoke")}
                      message={t("tokens.revokeConfirm", { name: token.name })}
                      color="red"
                      variant="outline"
                      loading={revoke.isPending && revoke.variables === token.id}
                      onConfirm={() => revoke.mutate(token.id)}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
