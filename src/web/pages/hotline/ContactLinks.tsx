import { Anchor, Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { can, useSession } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { type ContactDetail, useLinkContact } from "./hotline-api.js";

interface ContactLinksProps {
  contact: ContactDetail;
  beforeOpenCase: () => Promise<void>;
}

/** What this contact is linked to, the way to undo it, and "open a case" when it has none. */
export function ContactLinks({ contact, beforeOpenCase }: ContactLinksProps) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const navigate = useNavigate();
  const unlink = useLinkContact(contact.id);
  const [leaving, setLeaving] = useState(false);
  const openCase = async () => {
    setLeaving(true);
    try {
      await beforeOpenCase();
    } finally {
      setLeaving(false);
    }
    void navigate(`/cases/new?contact=${encodeURIComponent(contact.id)}`);
  };
  return (
    <>
      {contact.case ? (
        <Group gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/cases/${contact.case.id}`} size="sm" fw={600}>
            {t("hotlineWeb.repeat.linkedCase", { number: contact.case.caseNumber })}
          </Anchor>
        </Group>
      ) : contact.personId ? (
        <Text size="sm" fw={600}>
          {t("hotlineWeb.repeat.linkedPerson")}
        </Text>
      ) : null}
      <Group gap="xs" wrap="wrap">
        {contact.case || contact.personId ? (
          <Button
            size="xs"
            variant="subtle"
            loading={unlink.isPending}
            onClick={() => unlink.mutate({ caseId: null, personId: null })}
          >
            {t("hotlineWeb.repeat.unlink")}
          </Button>
        ) : null}
        {!contact.case && can(session, "case.write") ? (
          <Button size="xs" variant="default" loading={leaving} onClick={() => void openCase()}>
            {t("hotlineWeb.repeat.openCase")}
          </Button>
        ) : null}
      </Group>
      <ErrorAlert error={unlink.error} />
    </>
  );
}
