import { Alert, Button, Group, Text } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { type ContactSummary, useContact } from "./hotline-api.js";
import type { HotlineLabels } from "./hotline-labels.js";
import { incomingCall } from "./incoming-call.js";
import { openedCalls } from "./seen-calls.js";
import { SHORTCUTS, shortcut, shortcutText } from "./shortcuts.js";

/** "Incoming call — 2 earlier contacts", with one key (Alt+A) to open it. */
export function IncomingCallBanner({ drafts, labels }: { drafts: readonly ContactSummary[]; labels: HotlineLabels }) {
  const call = incomingCall(drafts, openedCalls());
  return call ? <Banner call={call} labels={labels} /> : null;
}

function Banner({ call, labels }: { call: ContactSummary; labels: HotlineLabels }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The count of earlier contacts is in the contact itself; it is read once per call.
  const detail = useContact(call.id);
  const open = () => void navigate(`/hotline/contacts/${call.id}`);
  useHotkeys([shortcut(SHORTCUTS.openIncoming, open)], []);
  const earlier = detail.data?.earlierContacts;
  return (
    <Alert color="orange" variant="filled" role="alert" title={t("hotlineWeb.incoming.title")}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="md" fw={600} c="white">
          {[
            earlier === undefined
              ? null
              : earlier === 0
                ? t("hotlineWeb.incoming.noEarlier")
                : t("hotlineWeb.incoming.earlier", { count: earlier }),
            call.language ? labels.language(call.language) : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </Text>
        <Button color="dark" size="md" onClick={open} aria-keyshortcuts={shortcutText(SHORTCUTS.openIncoming)}>
          {t("hotlineWeb.incoming.open", { keys: shortcutText(SHORTCUTS.openIncoming) })}
        </Button>
      </Group>
    </Alert>
  );
}
