import { Box, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReferralFigures } from "../../../shared/api/referral-figures.js";
import { countText, percentText } from "./figure-labels.js";

const STAGES = ["sent", "acknowledged", "accepted", "completed"] as const;
/** Where referrals end without the service, and where they still are: cells of the statuses. */
const CLOSED_WITHOUT = ["declined", "not_completed", "withdrawn", "expired"] as const;
const STILL_OPEN = ["sent", "acknowledged", "accepted", "in_progress"] as const;

interface ReferralFunnelProps {
  figures: ReferralFigures;
  lang: string;
}

/**
 * Sent → acknowledged → accepted → completed, each stage a bar as long as its share of those sent, then
 * where the others went: closed without the service, or still open. A withheld stage has no bar.
 */
export function ReferralFunnel({ figures, lang }: ReferralFunnelProps) {
  const { t } = useTranslation();
  const { funnel, byStatus, threshold } = figures;
  const sent = funnel.sent;
  // A withheld cell stays null ("fewer than 5"); a status nobody reached is 0.
  const status = (key: string) => {
    const cell = byStatus.find((c) => c.key === key);
    return cell ? cell.count : 0;
  };
  const statusList = (keys: readonly string[]) =>
    keys.map((key) => ({ key, text: countText(status(key), threshold, t, lang) }));

  return (
    <Stack gap="sm" component="section" aria-labelledby="referral-funnel">
      <Title order={2} size="h3" id="referral-funnel">
        {t("referralFigures.funnel.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("referralFigures.funnel.hint")}
      </Text>
      <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: "none" }}>
        {STAGES.map((stage) => {
          const count = funnel[stage];
          const share = count !== null && sent ? count / sent : null;
          return (
            <Box component="li" key={stage}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  {t(`referralFigures.funnel.stages.${stage}`)}
                </Text>
                <Text size="sm" c={count === null ? "dimmed" : undefined}>
                  {countText(count, threshold, t, lang, stage === "sent" ? "cell" : "sum")}
                  {share !== null && stage !== "sent"
                    ? ` · ${t("referralFigures.funnel.ofSent", { percent: percentText(share, lang) })}`
                    : null}
                </Text>
              </Group>
              <Box aria-hidden bg="gray.1" h={14} style={{ borderRadius: 3 }}>
                {share !== null || (stage === "sent" && count) ? (
                  <Box
                    bg="teal.7"
                    h={14}
                    w={`${Math.max(1, Math.round((share ?? 1) * 100))}%`}
                    style={{ borderRadius: 3 }}
                  />
                ) : null}
              </Box>
            </Box>
          );
        })}
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {(
          [
            ["closedWithout", statusList(CLOSED_WITHOUT)],
            ["stillOpen", statusList(STILL_OPEN)],
          ] as const
        ).map(([group, items]) => (
          <Paper key={group} withBorder p="sm">
            <Text size="sm" fw={600} mb={4}>
              {t(`referralFigures.funnel.${group}`)}
            </Text>
            <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
              {items.map((item) => (
                <Group key={item.key} component="li" justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm">{t(`referrals.status.${item.key}`)}</Text>
                  <Text size="sm">{item.text}</Text>
                </Group>
              ))}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
