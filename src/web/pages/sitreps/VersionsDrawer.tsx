import { Anchor, Badge, Drawer, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { SitrepDetail } from "../../../shared/api/sitrep.js";
import { formatDateTime } from "../../format.js";
import { currentLanguage } from "../../i18n.js";

interface VersionsDrawerProps {
  opened: boolean;
  onClose: () => void;
  detail: Pick<SitrepDetail, "id" | "versions" | "currentVersion" | "publishedVersion">;
  /** The version on screen now. */
  shown: number;
}

/** Every saved version, newest first, who saved it and why; an earlier one opens read-only. */
export function VersionsDrawer({ opened, onClose, detail, shown }: VersionsDrawerProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const versions = [...detail.versions].sort((a, b) => b.version - a.version);
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      title={t("sitrepWeb.versions.title")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <Stack gap="sm" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {versions.map((item) => {
          const isCurrent = item.version === detail.currentVersion;
          const to = isCurrent ? `/sitreps/${detail.id}` : `/sitreps/${detail.id}?version=${item.version}`;
          return (
            <Stack key={item.version} gap={2} component="li">
              <Group gap="xs" wrap="wrap">
                <Text fw={600}>{t("sitrepWeb.versions.version", { version: item.version })}</Text>
                {isCurrent ? (
                  <Badge variant="light" tt="none">
                    {t("sitrepWeb.versions.current")}
                  </Badge>
                ) : null}
                {item.version === detail.publishedVersion ? (
                  <Badge variant="light" color="green" tt="none">
                    {t("sitrepWeb.status.published")}
                  </Badge>
                ) : null}
              </Group>
              <Text size="sm">
                {item.savedBy
                  ? t("sitrepWeb.versions.savedBy", { date: formatDateTime(item.savedAt, lang), name: item.savedBy })
                  : formatDateTime(item.savedAt, lang)}
              </Text>
              {item.note ? (
                <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                  {item.note}
                </Text>
              ) : null}
              {item.version === shown ? (
                <Text size="sm" c="dimmed">
                  {t("sitrepWeb.versions.onScreen")}
                </Text>
              ) : (
                <Anchor component={Link} to={to} size="sm" onClick={onClose}>
                  {t("sitrepWeb.versions.open", { version: item.version })}
                </Anchor>
              )}
            </Stack>
          );
        })}
      </Stack>
    </Drawer>
  );
}
