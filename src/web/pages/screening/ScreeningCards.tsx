import { Anchor, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { FormSummary, Screening } from "../../../shared/api/screening.js";
import { countryName, formatDateTime } from "../../format.js";
import { currentLanguage } from "../../i18n.js";
import { formTitle } from "./form-text.js";
import { LevelBadge } from "./LevelBadge.js";

interface ScreeningCardsProps {
  screenings: readonly Screening[];
  forms: readonly FormSummary[];
}

/** Screenings as cards, newest first: one column on a phone, the level first so urgent ones stand out. */
export function ScreeningCards({ screenings, forms }: ScreeningCardsProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const titles = new Map(forms.map((form) => [form.id, formTitle(form.title, lang)]));
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
      {screenings.map((item) => {
        const when = formatDateTime(item.screenedAt, lang);
        const where = [item.place, item.country ? countryName(item.country, lang) : null].filter(Boolean).join(", ");
        const form =
          titles.get(item.formId) ?? t(`screening.instruments.${item.formKey}`, { defaultValue: item.formKey });
        return (
          <Card key={item.id} component="li" withBorder padding="sm">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap={6}>
              <Anchor component={Link} to={`/screenings/${item.id}`} fw={600}>
                {t("screeningWeb.list.screenedOn", { date: when })}
              </Anchor>
              <Group gap={6}>
                <LevelBadge level={item.finalLevel} />
                {item.finalLevel !== item.riskLevel ? (
                  <Text size="xs" c="dimmed">
                    {t("screeningWeb.list.overridden")}
                  </Text>
                ) : null}
              </Group>
            </Group>
            <Text size="sm" mt={4}>
              {form}
            </Text>
            <Text size="sm" c="dimmed">
              {[where, item.siteType ? t(`screeningWeb.siteTypes.${item.siteType}`) : null, item.screenerName]
                .filter(Boolean)
                .join(" · ")}
            </Text>
            {item.caseNumber ? (
              <Text size="sm">{t("screeningWeb.list.caseLinked", { number: item.caseNumber })}</Text>
            ) : null}
          </Card>
        );
      })}
    </Stack>
  );
}
