import { Anchor, Badge, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Team, User } from "../../api/types.js";
import { formatDateTime } from "../../format.js";
import { currentLanguage } from "../../i18n.js";

interface UsersTableProps {
  users: User[];
  teams: Team[];
  /** Set when the viewer may edit; the name becomes a button that opens the editor. */
  onEdit?: (user: User) => void;
}

function UserStatus({ user }: { user: User }) {
  const { t } = useTranslation();
  const [color, label] = user.disabled
    ? ["gray", t("common.disabled")]
    : user.locked
      ? ["orange", t("common.locked")]
      : ["green", t("common.active")];
  // max-content: a table squeezes badges to an ellipsis otherwise ("Act…").
  return (
    <Badge color={color} variant="light" tt="none" miw="max-content">
      {label}
    </Badge>
  );
}

export function UsersTable({ users, teams, onEdit }: UsersTableProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const teamNames = new Map(teams.map((team) => [team.id, team.name]));
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("fields.displayName")}</Table.Th>
            <Table.Th scope="col">{t("fields.email")}</Table.Th>
            <Table.Th scope="col">{t("fields.roles")}</Table.Th>
            <Table.Th scope="col">{t("fields.teamId")}</Table.Th>
            <Table.Th scope="col">{t("mfa.sectionTitle")}</Table.Th>
            <Table.Th scope="col">{t("common.status")}</Table.Th>
            <Table.Th scope="col">{t("home.lastSignIn")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                {onEdit ? (
                  <Anchor component="button" type="button" onClick={() => onEdit(user)} ta="start">
                    {user.displayName}
                  </Anchor>
                ) : (
                  user.displayName
                )}
              </Table.Td>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{user.roles.map((role) => t(`roles.${role}`)).join(", ")}</Table.Td>
              <Table.Td>{user.teamId ? (teamNames.get(user.teamId) ?? "") : ""}</Table.Td>
              <Table.Td>{user.mfaEnabled ? t("common.on") : t("common.off")}</Table.Td>
              <Table.Td>
                <UserStatus user={user} />
              </Table.Td>
              <Table.Td>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, lang) : t("common.never")}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
