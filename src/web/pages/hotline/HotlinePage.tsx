import { Anchor, Grid, Group, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router-dom";
import { can, useSession } from "../../api/session.js";
import { SuccessAlert } from "../../components/SuccessAlert.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { ContactQueue } from "./ContactQueue.js";
import { FollowUpQueue } from "./FollowUpQueue.js";
import { useMyDrafts } from "./hotline-api.js";
import { useHotlineLabels } from "./hotline-labels.js";
import { IncomingCallBanner } from "./IncomingCallBanner.js";
import { NewContactButton } from "./NewContactButton.js";
import { usePendingFlush } from "./pending-flush.js";
import { RecentContacts } from "./RecentContacts.js";
import { ShortcutList } from "./ShortcutList.js";
import { SHORTCUTS } from "./shortcuts.js";

/**
 * /hotline — the operator's shift: a call coming in, a new contact in one key, what waits (web-form
 * reports, unfinished contacts), the follow-ups due, and the latest contacts.
 */
export function HotlinePage() {
  const { t } = useTranslation();
  usePageTitle(t("hotlineWeb.home.title"));
  const { data: session } = useSession();
  const userId = session?.user.id ?? "";
  const location = useLocation();
  const finished = (location.state as { finished?: boolean } | null)?.finished === true;
  const labels = useHotlineLabels();
  const drafts = useMyDrafts();
  usePendingFlush(userId);

  return (
    <Stack maw={1200}>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t("hotlineWeb.home.title")}</Title>
        {can(session, "aggregates.read") ? (
          <Anchor component={Link} to="/hotline/figures" size="sm">
            {t("hotlineWeb.home.toFigures")}
          </Anchor>
        ) : null}
      </Group>
      {finished ? <SuccessAlert>{t("hotlineWeb.home.finished")}</SuccessAlert> : null}
      <IncomingCallBanner drafts={drafts.data ?? []} labels={labels} />
      <Group gap="md" wrap="wrap">
        <NewContactButton userId={userId} />
        <ShortcutList
          items={[
            { hotkey: SHORTCUTS.newContact, label: t("hotlineWeb.shortcuts.newContact") },
            { hotkey: SHORTCUTS.openIncoming, label: t("hotlineWeb.shortcuts.openIncoming") },
          ]}
        />
      </Group>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="lg">
            <ContactQueue myDrafts={drafts.data ?? []} draftsError={drafts.error} labels={labels} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="lg">
            <FollowUpQueue labels={labels} />
            <RecentContacts labels={labels} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
