import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { can, useSession } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { NewSitrepModal } from "./NewSitrepModal.js";
import { SitrepCards } from "./SitrepCards.js";
import { useSitrepList } from "./sitrep-api.js";

/** /sitreps — the organisation's situation reports, newest first, and a new one for those who write them. */
export function SitrepListPage() {
  const { t } = useTranslation();
  usePageTitle(t("sitrepWeb.list.title"));
  const { data: session } = useSession();
  const writes = can(session, "report.write");
  const list = useSitrepList();
  const [opened, modal] = useDisclosure(false);

  return (
    <Stack maw={960}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Title order={1}>{t("sitrepWeb.list.title")}</Title>
        {writes ? <Button onClick={modal.open}>{t("sitrepWeb.create.open")}</Button> : null}
      </Group>
      <Text>{t("sitrepWeb.list.intro")}</Text>
      <ErrorAlert error={list.error} />
      {!list.isPending && list.items.length === 0 && !list.error ? (
        <Text c="dimmed">{writes ? t("sitrepWeb.list.emptyWriter") : t("sitrepWeb.list.empty")}</Text>
      ) : (
        <SitrepCards items={list.items} label={t("sitrepWeb.list.title")} />
      )}
      <LoadMore list={list} />
      {writes ? <NewSitrepModal opened={opened} onClose={modal.close} /> : null}
    </Stack>
  );
}
