import { Modal } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { UserCreated } from "../../api/types.js";
import { OnceSecret } from "../../components/OnceSecret.js";
import { UserCreateForm } from "./UserCreateForm.js";

interface UserCreateModalProps {
  opened: boolean;
  onClose: () => void;
  acrossOrganisations: boolean;
}

/** Create a user, then show the temporary password once; closing the window forgets it. */
export function UserCreateModal({ opened, onClose, acrossOrganisations }: UserCreateModalProps) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<UserCreated | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t("users.created") : t("users.createTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {created ? (
        <OnceSecret
          title={t("users.tempPasswordTitle")}
          explanation={t("users.tempPasswordOnce", { name: created.user.displayName, email: created.user.email })}
          secret={created.temporaryPassword}
          testId="temporary-password"
          onDone={close}
          doneLabel={t("users.tempPasswordDone")}
        />
      ) : (
        <UserCreateForm acrossOrganisations={acrossOrganisations} onCreated={setCreated} onCancel={close} />
      )}
    </Modal>
  );
}
