import { Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ScreeningDetail } from "../../../../shared/api/screening.js";
import type { FormDefinition, Question } from "../../../../shared/forms/definition.js";
import { LevelBadge } from "../LevelBadge.js";
import { answerText, isAnswered, questionLabel, questionsByName } from "./answer-text.js";
import { scoringLabeller } from "./scoring-labels.js";

interface WhySectionProps {
  result: NonNullable<ScreeningDetail["result"]>;
  definition: FormDefinition | null;
  scoring: unknown;
  lang: string;
}

/**
 * Why the screening came out as it did: each flag raised with the answers that raised it, the level rules
 * that matched, and what follows from them (needs, suggested services). The screener must be able to
 * check the result, not take it on trust.
 */
export function WhySection({ result, definition, scoring, lang }: WhySectionProps) {
  const { t } = useTranslation();
  const labels = scoringLabeller(scoring, lang, t);
  const questions = definition ? questionsByName(definition) : new Map<string, Question>();

  return (
    <Stack gap="md" component="section" aria-labelledby="why-title">
      <Title order={2} size="h3" id="why-title">
        {t("screening.result.flags")}
      </Title>
      {result.flags.length === 0 ? <Text>{t("screeningWeb.result.noFlags")}</Text> : null}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {result.flags.map((flag) => {
          const answered = flag.answers.filter((answer) => isAnswered(answer.value));
          // A calculation has no question to show ("age_group"); the answers it was worked out from say it better.
          const asked = answered.filter((answer) => questions.get(answer.field)?.label !== undefined);
          const answers = asked.length > 0 ? asked : answered;
          return (
            <Card key={flag.id} component="li" withBorder padding="sm">
              <Group justify="space-between" align="flex-start" wrap="wrap" gap={6}>
                <Text fw={600}>{labels.flag(flag.id)}</Text>
                <LevelBadge level={flag.level} size="sm" />
              </Group>
              {answers.length > 0 && definition ? (
                <>
                  <Text size="sm" mt="xs" c="dimmed">
                    {t("screening.result.answers")}
                  </Text>
                  <List size="sm" spacing={4}>
                    {answers.map((answer) => {
                      const question = questions.get(answer.field);
                      return (
                        <List.Item key={answer.field}>
                          {questionLabel(question, answer.field, definition, lang)}
                          {": "}
                          <Text span fw={600} size="sm">
                            {answerText(definition, question, answer.value, lang, t)}
                          </Text>
                        </List.Item>
                      );
                    })}
                  </List>
                </>
              ) : null}
            </Card>
          );
        })}
      </Stack>
      {result.levelRules.length > 0 ? (
        <div>
          <Title order={3} size="h4">
            {t("screeningWeb.result.levelRules")}
          </Title>
          <List size="sm" mt={4}>
            {result.levelRules.map((id) => (
              <List.Item key={id}>{labels.levelRule(id)}</List.Item>
            ))}
          </List>
        </div>
      ) : null}
      <div>
        <Title order={3} size="h4">
          {t("screening.result.needs")}
        </Title>
        {result.needs.length === 0 ? (
          <Text size="sm">{t("screeningWeb.result.none")}</Text>
        ) : (
          <List size="sm" mt={4}>
            {result.needs.map((id) => (
              <List.Item key={id}>{t(`screening.needs.${id}`, { defaultValue: id })}</List.Item>
            ))}
          </List>
        )}
      </div>
      <div>
        <Title order={3} size="h4">
          {t("screening.result.services")}
        </Title>
        {result.services.length === 0 ? (
          <Text size="sm">{t("screeningWeb.result.none")}</Text>
        ) : (
          <List size="sm" mt={4}>
            {result.services.map((id) => (
              <List.Item key={id}>{t(`screening.services.${id}`, { defaultValue: id })}</List.Item>
            ))}
          </List>
        )}
      </div>
    </Stack>
  );
}
