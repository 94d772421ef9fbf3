import { Divider, Drawer, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { User } from "../../api/types.js";
import { UserAccessActions } from "./UserAccessActions.js";
import { UserEditForm } from "./UserEditForm.js";

interface UserEditDrawerProps {
  user: User | null;
  acrossOrganisations: boolean;
  onClose: () => void;
  onSaved: (user: User) => void;
}

export function UserEditDrawer({ user, acrossOrganisations, onClose, onSaved }: UserEditDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={user !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={user ? t("users.editTitle", { name: user.displayName }) : ""}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {user ? (
        <Stack>
          <UserEditForm key={user.id} user={user} acrossOrganisations={acrossOrganisations} onSaved={onSaved} />
          <Divider />
          <UserAccessActions key={`access-${user.id}`} user={user} />
        </Stack>
      ) : null}
    </Drawer>
  );
}
