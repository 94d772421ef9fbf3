import { Alert, Anchor, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { ScreeningDetail } from "../../../../shared/api/screening.js";
import { can, useSession } from "../../../api/session.js";
import { formatDateTime } from "../../../format.js";
import { LevelBadge } from "../LevelBadge.js";

/** The risk level first and large; the computed level beside an override; what to do now in danger. */
export function LevelPanel({ screening, lang }: { screening: ScreeningDetail; lang: string }) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const danger = screening.finalLevel === "immediate_danger" || screening.riskLevel === "immediate_danger";
  const override = screening.override;
  return (
    <Stack gap="sm">
      <Card withBorder padding="md" component="section" aria-labelledby="level-title">
        <Stack gap={6}>
          <Text size="sm" fw={600} id="level-title">
            {t("screening.result.level")}
          </Text>
          <Group gap="sm" wrap="wrap">
            <LevelBadge level={screening.finalLevel} size="xl" />
          </Group>
          {override ? (
            <Text size="sm">
              {t("screeningWeb.result.overrideLine", {
                computed: screening.riskLevel
                  ? t(`screening.levels.${screening.riskLevel}`)
                  : t("screeningWeb.notScored"),
                date: formatDateTime(override.at, lang),
              })}
              {override.reason ? ` ${t("screeningWeb.result.overrideReason", { reason: override.reason })}` : ""}
            </Text>
          ) : null}
          {screening.riskLevel ? <Text size="sm">{t("screening.result.judgement")}</Text> : null}
        </Stack>
      </Card>
      {danger ? (
        <Alert color="red" variant="filled" role="alert" title={t("screeningWeb.result.urgentTitle")}>
          <Stack gap={4}>
            <Text size="sm">{t("screeningWeb.result.urgentText")}</Text>
            {screening.urgentTaskId ? <Text size="sm">{t("screeningWeb.result.urgentTask")}</Text> : null}
            {screening.urgentTaskId && can(session, "case.read") ? (
              <Anchor component={Link} to="/tasks?scope=team" c="white" underline="always" size="sm">
                {t("screeningWeb.result.openTasks")}
              </Anchor>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
