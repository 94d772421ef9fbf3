import { Button } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { newClientKey } from "../../api/client-key.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useCreateContact } from "./hotline-api.js";
import { loadLastUsed } from "./last-used.js";
import { SHORTCUTS, shortcut, shortcutText } from "./shortcuts.js";

/**
 * "New contact": creates the draft on the server first (so that nothing typed is ever only in the page),
 * then opens it. The client key belongs to this press of the button and is renewed once the contact is
 * open: a double click, or a retry after a dropped answer, sends the same key and gets the same contact.
 */
export function NewContactButton({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateContact();
  const [clientKey, setClientKey] = useState(newClientKey);
  const start = () => {
    const last = loadLastUsed(userId);
    create.mutate(
      {
        clientKey,
        channel: last.channel ?? "phone",
        direction: "incoming",
        language: last.language ?? null,
        callerType: last.callerType ?? null,
      },
      {
        onSuccess: (saved) => {
          setClientKey(newClientKey());
          void navigate(`/hotline/contacts/${saved.id}`);
        },
      },
    );
  };
  useHotkeys([shortcut(SHORTCUTS.newContact, start)], []);
  return (
    <>
      <Button
        size="lg"
        onClick={start}
        loading={create.isPending}
        aria-keyshortcuts={shortcutText(SHORTCUTS.newContact)}
      >
        {t("hotlineWeb.home.newContact")}
      </Button>
      <ErrorAlert error={create.error} />
    </>
  );
}
