import { Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Answers, FormDefinition, FormItem } from "../../../../shared/forms/definition.js";
import { pickText } from "../form-text.js";
import { answerText, isAnswered, questionLabel } from "./answer-text.js";

interface AnswersProps {
  definition: FormDefinition;
  answers: Answers;
  lang: string;
}

/** The answers as given, read-only, by section: questions and choices labelled in the screener's language. */
export function AnswersSection({ definition, answers, lang }: AnswersProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="answers-title">
      <Title order={2} size="h3" id="answers-title">
        {t("screeningWeb.result.answers")}
      </Title>
      <AnswerItems definition={definition} items={definition.items} answers={answers} lang={lang} depth={0} />
    </Stack>
  );
}

type QuestionItem = Extract<FormItem, { kind: "question" }>;

function hasAnswers(items: readonly FormItem[], answers: Answers): boolean {
  return items.some((item) => {
    if (item.kind === "group") return hasAnswers(item.items, answers);
    if (item.kind === "repeat") return Array.isArray(answers[item.name]);
    return item.type !== "note" && isAnswered(answers[item.name]);
  });
}

function AnswerItems({
  definition,
  items,
  answers,
  lang,
  depth,
}: AnswersProps & { items: readonly FormItem[]; depth: number }) {
  const { t } = useTranslation();
  const facts = items
    .filter((item): item is QuestionItem => item.kind === "question")
    .filter((item) => item.type !== "note" && item.label !== undefined && isAnswered(answers[item.name]))
    .map((item) => ({
      name: item.name,
      label: questionLabel(item, item.name, definition, lang),
      value: answerText(definition, item, answers[item.name], lang, t),
    }));
  const heading = Math.min(3 + depth, 6) as 3 | 4 | 5 | 6;
  return (
    <Stack gap="sm">
      {facts.length > 0 ? (
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" m={0}>
          {facts.map((fact) => (
            <div key={fact.name}>
              <Text component="dt" size="sm" fw={600}>
                {fact.label}
              </Text>
              <Text component="dd" m={0} style={{ overflowWrap: "anywhere" }}>
                {fact.value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      ) : null}
      {items.map((item) => {
        if (item.kind === "question" || !hasAnswers([item], answers)) return null;
        const title = pickText(item.label, lang, definition.defaultLanguage) || item.name;
        if (item.kind === "group") {
          return (
            <Stack key={item.name} gap={4}>
              <Title order={heading} size="h4">
                {title}
              </Title>
              <AnswerItems definition={definition} items={item.items} answers={answers} lang={lang} depth={depth + 1} />
            </Stack>
          );
        }
        const entries = answers[item.name] as Answers[];
        return (
          <Stack key={item.name} gap="xs">
            <Title order={heading} size="h4">
              {title}
            </Title>
            {entries.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity but their place.
              <Card key={index} withBorder padding="sm">
                <Text fw={600} size="sm" mb={4}>
                  {t("screeningWeb.fill.entry", { title, number: index + 1 })}
                </Text>
                <AnswerItems definition={definition} items={item.items} answers={entry} lang={lang} depth={depth + 1} />
              </Card>
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}
