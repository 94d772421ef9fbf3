import { Button, Divider, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCursorList } from "../../api/paging.js";
import { can, useSession } from "../../api/session.js";
import type { User } from "../../api/types.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { OrganisationPicker } from "./OrganisationPicker.js";
import { TeamsPanel } from "./TeamsPanel.js";
import { UserCreateModal } from "./UserCreateModal.js";
import { UserEditDrawer } from "./UserEditDrawer.js";
import { UsersTable } from "./UsersTable.js";
import { USERS_KEY, useTeams } from "./users.js";

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t("users.title"));
  const { data: session } = useSession();
  const canManage = can(session, "user.manage");
  const acrossOrganisations = can(session, "deployment.manage");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  const [editing, setEditing] = useState<User | null>(null);
  const list = useCursorList<User>(USERS_KEY, "/api/users", { q, organisationId });
  const teams = useTeams(organisationId);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t("users.title")}</Title>
        {canManage ? <Button onClick={openCreate}>{t("users.new")}</Button> : null}
      </Group>
      <Group align="flex-end">
        <TextInput
          type="search"
          label={t("users.search")}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={320}
          maw="100%"
        />
        {acrossOrganisations ? (
          <OrganisationPicker
            value={organisationId}
            onChange={setOrganisationId}
            placeholder={t("users.ownOrganisation")}
            clearable
          />
        ) : null}
      </Group>
      <ErrorAlert error={list.error} />
      {list.isSuccess && list.items.length === 0 ? <Text>{t("users.empty")}</Text> : null}
      {list.items.length > 0 ? (
        <>
          <Text size="sm" aria-live="polite">
            {t("users.shown", { count: list.items.length })}
          </Text>
          <UsersTable users={list.items} teams={teams.data?.items ?? []} onEdit={canManage ? setEditing : undefined} />
        </>
      ) : null}
      <LoadMore list={list} />
      <Divider />
      <TeamsPanel organisationId={organisationId} canManage={canManage} />
      {canManage ? (
        <>
          <UserCreateModal opened={creating} onClose={closeCreate} acrossOrganisations={acrossOrganisations} />
          <UserEditDrawer
            user={editing}
            acrossOrganisations={acrossOrganisations}
            onClose={() => setEditing(null)}
            onSaved={setEditing}
          />
        </>
      ) : null}
    </Stack>
  );
}
