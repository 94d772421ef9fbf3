import { Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ConfirmAction } from "../../components/ConfirmAction.js";

interface SitrepActionsProps {
  /** The report can still change (a draft, and the person may write reports). */
  editable: boolean;
  dirty: boolean;
  busy: "refresh" | "publish" | null;
  onRefresh: () => void;
  onPublish: () => void;
  onVersions: () => void;
}

/**
 * What can be done with the report as a whole. Refreshing and publishing work on the saved version, so
 * both wait until the words on screen are saved; each asks first, since neither can be undone from here.
 */
export function SitrepActions({ editable, dirty, busy, onRefresh, onPublish, onVersions }: SitrepActionsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        {editable && !dirty ? (
          <>
            <ConfirmAction
              label={t("sitrepWeb.refresh.action")}
              title={t("sitrepWeb.refresh.title")}
              message={t("sitrepWeb.refresh.message")}
              loading={busy === "refresh"}
              onConfirm={onRefresh}
            />
            <ConfirmAction
              label={t("sitrepWeb.publish.action")}
              title={t("sitrepWeb.publish.title")}
              message={t("sitrepWeb.publish.message")}
              color="green"
              variant="filled"
              loading={busy === "publish"}
              onConfirm={onPublish}
            />
          </>
        ) : null}
        {editable && dirty ? (
          <>
            <Button variant="default" disabled>
              {t("sitrepWeb.refresh.action")}
            </Button>
            <Button variant="default" disabled>
              {t("sitrepWeb.publish.action")}
            </Button>
          </>
        ) : null}
        <Button variant="default" onClick={onVersions}>
          {t("sitrepWeb.versions.title")}
        </Button>
      </Group>
      {editable && dirty ? (
        <Text size="xs" c="dimmed">
          {t("sitrepWeb.save.first")}
        </Text>
      ) : null}
    </Stack>
  );
}
