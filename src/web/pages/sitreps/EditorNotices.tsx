import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../format.js";
import { currentLanguage } from "../../i18n.js";
import type { SitrepDraft } from "./sitrep-draft.js";
import type { MergedTexts } from "./sitrep-texts.js";

/** Words this tab kept from before (a reload, a lost connection, a page left): put them back, or let them go. */
export function RestoreOffer({
  draft,
  onRestore,
  onDiscard,
}: {
  draft: SitrepDraft;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" title={t("sitrepWeb.restore.title")} role="status">
      <Stack gap="xs">
        <Text size="sm">{t("sitrepWeb.restore.text", { date: formatDateTime(draft.keptAt, currentLanguage()) })}</Text>
        <Group gap="xs">
          <Button size="compact-sm" onClick={onRestore}>
            {t("sitrepWeb.restore.restore")}
          </Button>
          <Button size="compact-sm" variant="default" onClick={onDiscard}>
            {t("sitrepWeb.restore.discard")}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** Someone else saved a newer version: nothing is lost, and the newer version can be taken with these changes in. */
export function ConflictNotice({ onTakeNewer, loading }: { onTakeNewer: () => void; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" title={t("sitrepWeb.conflict.title")} role="alert">
      <Stack gap="xs">
        <Text size="sm">{t("sitrepWeb.conflict.text")}</Text>
        <Group>
          <Button size="compact-sm" onClick={onTakeNewer} loading={loading}>
            {t("sitrepWeb.conflict.reload")}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** After changes were put into a newer version: where both people wrote, and words with no place left. */
export function MergeNote({ merged, onDismiss }: { merged: MergedTexts; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="yellow"
      variant="light"
      title={t("sitrepWeb.merge.title")}
      withCloseButton
      onClose={onDismiss}
      closeButtonLabel={t("common.close")}
      role="status"
    >
      <Stack gap="xs">
        {merged.overlapping.length > 0 ? (
          <Text size="sm">{t("sitrepWeb.merge.overlapping", { count: merged.overlapping.length })}</Text>
        ) : null}
        {merged.dropped.length > 0 ? (
          <>
            <Text size="sm">{t("sitrepWeb.merge.dropped", { count: merged.dropped.length })}</Text>
            {merged.dropped.map((item) => (
              <Text
                key={item.key}
                size="sm"
                p="xs"
                bg="var(--mantine-color-body)"
                style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", userSelect: "all" }}
              >
                {item.text}
              </Text>
            ))}
          </>
        ) : null}
      </Stack>
    </Alert>
  );
}
