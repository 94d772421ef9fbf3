import { Badge, Box, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PackageSummary } from "../../../../shared/api/referral-packages.js";
import { ConfirmAction } from "../../../components/ConfirmAction.js";
import { formatDateTime } from "../../../format.js";
import { LANGUAGE_NAMES } from "../../../i18n.js";
import { WriteError } from "../WriteError.js";
import { useMarkDelivered } from "./package-api.js";

const STATE_COLOURS: Readonly<Record<PackageSummary["state"], string>> = {
  waiting: "blue",
  downloaded: "green",
  expired: "gray",
};

/** One package: when it was made, what became of its link, and whether the provider said they have it. */
function PackageItem({ item, referralId }: { item: PackageSummary; referralId: string }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string | null) => formatDateTime(iso, i18n.language);
  const deliver = useMarkDelivered(referralId);
  const made = item.createdBy
    ? t("packagesPage.item.madeBy", { date: date(item.createdAt), name: item.createdBy })
    : t("packagesPage.item.made", { date: date(item.createdAt) });
  return (
    <Box component="li" p="sm" style={{ border: "1px solid var(--mantine-color-default-border)", borderRadius: 4 }}>
      <Stack gap={4}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Text fw={600}>{made}</Text>
          <Badge color={STATE_COLOURS[item.state]} variant="light">
            {t(`referralPackages.state.${item.state}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t("packagesPage.item.sealed", {
            method: t(`referralPackages.method.${item.method}`),
            language: LANGUAGE_NAMES[item.language],
          })}
        </Text>
        {item.downloadedAt ? (
          <Text size="sm">{t("packagesPage.item.downloaded", { date: date(item.downloadedAt) })}</Text>
        ) : (
          <Text size="sm">
            {t(item.state === "expired" ? "packagesPage.item.expired" : "packagesPage.item.expires", {
              date: date(item.expiresAt),
            })}
          </Text>
        )}
        {item.refusedAttempts > 0 ? (
          <Text size="sm" c="orange.9">
            {t("packagesPage.item.refused", { count: item.refusedAttempts, date: date(item.lastRefusedAt) })}
          </Text>
        ) : null}
        {item.deliveredAt ? (
          <Text size="sm">{t("packagesPage.item.delivered", { date: date(item.deliveredAt) })}</Text>
        ) : (
          <Group>
            <ConfirmAction
              label={t("packagesPage.item.markDelivered")}
              title={t("packagesPage.item.markDeliveredTitle")}
              message={t("packagesPage.item.markDeliveredText")}
              loading={deliver.isPending}
              onConfirm={() => deliver.mutate(item.id)}
            />
          </Group>
        )}
        <WriteError error={deliver.error} titled={false} />
      </Stack>
    </Box>
  );
}

export function PackageList({ items, referralId }: { items: readonly PackageSummary[]; referralId: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t("packagesPage.section.empty")}</Text>;
  return (
    <Stack
      gap="xs"
      component="ul"
      aria-label={t("packagesPage.section.list")}
      style={{ listStyle: "none", padding: 0, margin: 0 }}
    >
      {items.map((item) => (
        <PackageItem key={item.id} item={item} referralId={referralId} />
      ))}
    </Stack>
  );
}
