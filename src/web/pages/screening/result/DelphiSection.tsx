import { Badge, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DelphiAssessment } from "../../../../shared/screening/delphi/rule.js";

/** The ILO/EC indicator assessment: each dimension, the indicators found in it, and the combination rule's verdict. */
export function DelphiSection({ assessment }: { assessment: DelphiAssessment }) {
  const { t } = useTranslation();
  const missing = assessment.reason.missing.map((element) => t(`screening.delphi.elements.${element}`)).join(", ");
  return (
    <Stack gap="sm" component="section" aria-labelledby="delphi-title">
      <Title order={2} size="h3" id="delphi-title">
        {t("screening.delphi.title")}
      </Title>
      <Text size="sm">{t(`screening.delphi.lists.${assessment.list}`)}</Text>
      <Text fw={600}>{t(`screening.delphi.reasons.${assessment.reason.code}`, { missing })}</Text>
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {assessment.dimensions.map((dimension) => (
          <Card key={dimension.dimension} component="li" withBorder padding="sm">
            <Group justify="space-between" wrap="wrap" gap={6}>
              <Text fw={600}>{t(`screening.delphi.dimensions.${dimension.dimension}`)}</Text>
              <Badge color={dimension.positive ? "red" : "gray"} variant="light" tt="none">
                {dimension.positive
                  ? t("screeningWeb.result.dimensionPositive")
                  : t("screeningWeb.result.dimensionNegative")}
              </Badge>
            </Group>
            <Text size="sm">{t(`screening.delphi.dimensionRules.${dimension.rule ?? "none"}`)}</Text>
            {dimension.indicators.length > 0 ? (
              <List size="sm" mt={4}>
                {dimension.indicators.map((indicator) => (
                  <List.Item key={indicator.id}>
                    {t(`screening.delphi.indicators.${indicator.id.split(".").at(-1)}`, { defaultValue: indicator.id })}
                    {" · "}
                    {t(`screening.delphi.grades.${indicator.grade}`)}
                  </List.Item>
                ))}
              </List>
            ) : null}
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
