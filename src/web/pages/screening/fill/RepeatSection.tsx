import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Repeat } from "../../../../shared/forms/definition.js";
import { errorsAt } from "../../../../shared/forms/engine/index.js";
import { pickText } from "../form-text.js";
import { instancesAt, pathOf, type RepeatStep } from "./answer-paths.js";
import { FormItems } from "./FormItems.js";
import { fieldId, problemText, useFill } from "./fill-context.js";

/**
 * A repeat: one card per entry (a household member, a leg of the journey). Entries are added and removed
 * by the screener, unless the form fixes their number, in which case the engine decides how many there are.
 */
export function RepeatSection({ repeat, steps }: { repeat: Repeat; steps: readonly RepeatStep[] }) {
  const { t } = useTranslation();
  const fill = useFill();
  const { definition, evaluation, lang } = fill;
  const path = pathOf(steps, repeat.name);
  const fixed = repeat.repeatCount !== undefined;
  const count = fixed
    ? instancesAt(evaluation.values, steps, repeat.name).length
    : instancesAt(fill.raw, steps, repeat.name).length;
  const title = pickText(repeat.label, lang, definition.defaultLanguage) || repeat.name;
  const problem = fill.showErrors ? errorsAt(evaluation, path)[0] : undefined;

  return (
    <Stack gap="sm" id={fieldId(path)} component="section" aria-label={title}>
      {steps.length > 0 ? (
        <Title order={3} size="h4">
          {title}
        </Title>
      ) : null}
      {count === 0 ? <Text c="dimmed">{t("screeningWeb.fill.noEntries")}</Text> : null}
      {Array.from({ length: count }, (_, index) => {
        const number = index + 1;
        const entry = t("screeningWeb.fill.entry", { title, number });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity but their place in the list.
          <Card key={index} withBorder padding="sm" component="article" aria-label={entry}>
            <Stack gap="sm">
              <Group justify="space-between" wrap="wrap">
                <Text fw={600}>{entry}</Text>
                {fixed ? null : (
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-md"
                    onClick={() => fill.removeInstance(steps, repeat.name, index)}
                    aria-label={t("screeningWeb.fill.removeEntryNamed", { title, number })}
                  >
                    {t("screeningWeb.fill.removeEntry")}
                  </Button>
                )}
              </Group>
              <FormItems items={repeat.items} steps={[...steps, { name: repeat.name, index }]} />
            </Stack>
          </Card>
        );
      })}
      {problem ? (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {problemText(problem, fill, t)}
        </Text>
      ) : null}
      {fixed ? null : (
        <Button variant="default" onClick={() => fill.addInstance(steps, repeat.name)} w="fit-content" size="md">
          {t("screeningWeb.fill.addEntry", { title })}
        </Button>
      )}
    </Stack>
  );
}
