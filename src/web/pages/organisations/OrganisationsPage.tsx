import { Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router-dom";
import { useCursorList } from "../../api/paging.js";
import { can, useSession } from "../../api/session.js";
import type { Organisation } from "../../api/types.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { countryName } from "../../format.js";
import { currentLanguage } from "../../i18n.js";
import { ORGANISATIONS_KEY } from "./organisations.js";

/** All organisations of the deployment; an organisation's own administrator goes straight to theirs. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  usePageTitle(t("organisations.title"));
  const { data: session } = useSession();
  const all = can(session, "deployment.manage");
  const list = useCursorList<Organisation>(ORGANISATIONS_KEY, "/api/organisations", {}, { enabled: all });
  const lang = currentLanguage();

  if (!all && session) return <Navigate to={`/admin/organisations/${session.user.organisation.id}`} replace />;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t("organisations.title")}</Title>
        <Button component={Link} to="/admin/organisations/new">
          {t("organisations.new")}
        </Button>
      </Group>
      <ErrorAlert error={list.error} />
      {list.isSuccess && list.items.length === 0 ? <Text>{t("organisations.empty")}</Text> : null}
      {list.items.length > 0 ? (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("fields.name")}</Table.Th>
                <Table.Th scope="col">{t("fields.type")}</Table.Th>
                <Table.Th scope="col">{t("fields.country")}</Table.Th>
                <Table.Th scope="col">{t("fields.city")}</Table.Th>
                <Table.Th scope="col">{t("organisations.mfaColumn")}</Table.Th>
                <Table.Th scope="col">{t("common.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((org) => (
                <Table.Tr key={org.id}>
                  <Table.Td>
                    <Link to={`/admin/organisations/${org.id}`}>{org.name}</Link>
                  </Table.Td>
                  <Table.Td>{t(`orgTypes.${org.type}`)}</Table.Td>
                  <Table.Td>{countryName(org.country, lang)}</Table.Td>
                  <Table.Td>{org.city ?? ""}</Table.Td>
                  <Table.Td>{org.mfaRequired ? t("common.yes") : t("common.no")}</Table.Td>
                  <Table.Td>
                    <Badge color={org.disabled ? "gray" : "green"} variant="light" tt="none" miw="max-content">
                      {org.disabled ? t("common.disabled") : t("common.active")}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <LoadMore list={list} />
    </Stack>
  );
}
