import { Box, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReferralDetail } from "../../../shared/api/referrals.js";
import { useReferralLabels } from "./referral-labels.js";

type StoryEvent = ReferralDetail["events"][number];

/** What a step's detail adds in words: the reason given, how much was provided, an emergency override. */
function useDetailText() {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  return (event: StoryEvent): string => {
    const detail = event.detail ?? {};
    const parts: string[] = [];
    if (typeof detail.declineReason === "string") parts.push(labels.declineReason(detail.declineReason));
    if (typeof detail.notCompletedReason === "string") parts.push(labels.notCompletedReason(detail.notCompletedReason));
    if (typeof detail.provided === "number") parts.push(t("referralsPage.story.provided", { count: detail.provided }));
    if (detail.emergencyOverride === true) parts.push(t("referralsPage.story.emergencyOverride"));
    return parts.join(" · ");
  };
}

/** The referral's story, oldest first, with who took each step: a person of the reader's organisation, or the other organisation. */
export function ReferralStory({ events }: { events: readonly StoryEvent[] }) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const detailText = useDetailText();
  return (
    <Stack gap="sm" component="section" aria-labelledby="referral-story">
      <Title order={2} size="h3" id="referral-story">
        {t("referralsPage.story.title")}
      </Title>
      {events.length === 0 ? (
        <Text c="dimmed">{t("referralsPage.story.empty")}</Text>
      ) : (
        <Stack gap="xs" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {events.map((event, index) => {
            const detail = detailText(event);
            return (
              <Box
                // The story only grows at its end, and its steps carry no id: the position is stable.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                key={index}
                component="li"
                pl="sm"
                style={{ borderLeft: "3px solid var(--mantine-color-gray-4)" }}
              >
                <Text fw={600}>{labels.action(event.action)}</Text>
                <Text size="sm">{t("referralsPage.story.byAt", { by: event.by, date: labels.when(event.at) })}</Text>
                {detail ? (
                  <Text size="sm" c="dimmed">
                    {detail}
                  </Text>
                ) : null}
              </Box>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
