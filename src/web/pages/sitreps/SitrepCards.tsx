import { Anchor, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { SitrepSummary } from "../../../shared/api/sitrep.js";
import { isLanguage } from "../../../shared/i18n/languages.js";
import { periodText } from "../../../shared/sitrep/period-text.js";
import { formatDateTime } from "../../format.js";
import { currentLanguage, LANGUAGE_NAMES } from "../../i18n.js";
import { StatusBadge } from "./StatusBadge.js";

/** Reports as cards that read the same on a phone as on a desk: the title opens the report. */
export function SitrepCards({ items, label }: { items: readonly SitrepSummary[]; label: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Stack gap="sm" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label={label}>
      {items.map((item) => (
        <Card key={item.id} withBorder padding="sm" component="li">
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Title order={2} size="h4" style={{ overflowWrap: "anywhere" }}>
                <Anchor component={Link} to={`/sitreps/${item.id}`} lang={item.language}>
                  {item.title}
                </Anchor>
              </Title>
              <StatusBadge status={item.status} />
            </Group>
            <Text size="sm">
              {[
                periodText(item.fromMonth, item.toMonth, lang),
                t("sitrepWeb.list.offices", { count: item.officeCount }),
                isLanguage(item.language) ? LANGUAGE_NAMES[item.language] : item.language,
              ].join(" · ")}
            </Text>
            <Text size="sm" c="dimmed">
              {[
                t("sitrepWeb.versions.version", { version: item.currentVersion }),
                t("sitrepWeb.list.updated", { date: formatDateTime(item.updatedAt, lang) }),
              ].join(" · ")}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
