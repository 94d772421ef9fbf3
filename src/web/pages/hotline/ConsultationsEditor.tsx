import { Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { focusLater } from "../cases/focus.js";
import type { FieldProps } from "./CallerFields.js";
import { CONSULTATION_TEMPLATES } from "./consultation-templates.js";
import { type ContactForm, fieldId, rowKey, type Service } from "./contact-form.js";
import { ShortcutList } from "./ShortcutList.js";
import { SHORTCUTS, shortcutText, templateShortcut } from "./shortcuts.js";

export const noteId = (key: string) => `consultation-note-${key}`;

/** Adds a consultation at the end and puts the cursor in its note. */
export function appendConsultation(
  form: ContactForm,
  change: FieldProps["change"],
  consultation: { topic: string; service: Service; note?: string },
): void {
  const key = rowKey();
  change({ consultations: [...form.consultations, { key, note: "", ...consultation }] });
  focusLater(noteId(key));
}

/**
 * The consultations given in the contact: one-key templates for the common ones, and a keyboard entry
 * row (topic, service, note, Enter) for the rest. The whole list is saved as it changes.
 */
export function ConsultationsEditor({ form, change, problem, labels }: FieldProps) {
  const { t } = useTranslation();
  const [topic, setTopic] = useState("");
  const [service, setService] = useState<Service>("information");
  const [note, setNote] = useState("");
  const [missingTopic, setMissingTopic] = useState(false);
  const entryId = fieldId("consultations");

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!topic) {
      setMissingTopic(true);
      focusLater(entryId);
      return;
    }
    change({ consultations: [...form.consultations, { key: rowKey(), topic, service, note }] });
    setTopic("");
    setNote("");
    setMissingTopic(false);
    // Ready for the next one: the caller often asks about more than one thing.
    focusLater(entryId);
  };
  const update = (key: string, values: { note?: string }) =>
    change({ consultations: form.consultations.map((row) => (row.key === key ? { ...row, ...values } : row)) });
  const remove = (key: string, index: number) => {
    change({ consultations: form.consultations.filter((row) => row.key !== key) });
    focusLater(index > 0 ? noteId(form.consultations[index - 1]?.key ?? "") : entryId);
  };

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t("hotlineWeb.consultations.title")}
      </Title>
      <Group gap="xs" aria-label={t("hotlineWeb.consultations.templates")} role="group">
        {CONSULTATION_TEMPLATES.map((template, index) => (
          <Button
            key={`${template.topic}-${template.service}`}
            variant="light"
            size="sm"
            onClick={() => appendConsultation(form, change, template)}
            aria-keyshortcuts={shortcutText(templateShortcut(index))}
          >
            {`${labels.topic(template.topic)} · ${labels.service(template.service)}`}
            <Text span size="xs" ml={6} c="dimmed" aria-hidden visibleFrom="sm">
              {shortcutText(templateShortcut(index))}
            </Text>
          </Button>
        ))}
      </Group>
      {form.consultations.length === 0 ? <Text size="sm">{t("hotlineWeb.consultations.none")}</Text> : null}
      <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: "none" }}>
        {form.consultations.map((row, index) => {
          const name = `${labels.topic(row.topic)} · ${labels.service(row.service)}`;
          return (
            <Card key={row.key} component="li" withBorder padding="xs">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text fw={600} style={{ flex: 1, minWidth: 0, overflowWrap: "anywhere" }}>
                  {`${index + 1}. ${name}`}
                </Text>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => remove(row.key, index)}
                  aria-label={t("hotlineWeb.consultations.removeNamed", { name })}
                >
                  {t("hotlineWeb.consultations.remove")}
                </Button>
              </Group>
              <TextInput
                id={noteId(row.key)}
                label={t("hotlineWeb.consultations.noteOf", { number: index + 1 })}
                value={row.note}
                onChange={(event) => update(row.key, { note: event.currentTarget.value })}
                error={problem(`consultations.${index}`)}
              />
            </Card>
          );
        })}
      </Stack>
      <form onSubmit={add} aria-label={t("hotlineWeb.consultations.entry")}>
        <Stack gap="xs">
          <Group gap="xs" align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
            <NativeSelect
              id={entryId}
              label={t("hotlineWeb.consultations.topic")}
              data={[{ value: "", label: t("hotlineWeb.consultations.chooseTopic") }, ...labels.topicOptions]}
              value={topic}
              onChange={(event) => {
                setTopic(event.currentTarget.value);
                setMissingTopic(false);
              }}
              error={missingTopic ? t("hotlineWeb.consultations.topicMissing") : problem("consultations", true)}
              miw={200}
            />
            <NativeSelect
              label={t("hotlineWeb.consultations.service")}
              data={labels.serviceOptions}
              value={service}
              onChange={(event) => setService(event.currentTarget.value as Service)}
              miw={200}
            />
          </Group>
          <TextInput
            label={t("hotlineWeb.consultations.note")}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group justify="space-between" wrap="wrap">
            <Button type="submit" variant="default" aria-keyshortcuts={shortcutText(SHORTCUTS.addConsultation)}>
              {t("hotlineWeb.consultations.add")}
            </Button>
            <ShortcutList
              items={[
                { hotkey: SHORTCUTS.addConsultation, label: t("hotlineWeb.shortcuts.addConsultation") },
                {
                  hotkey: templateShortcut(0),
                  label: t("hotlineWeb.shortcuts.templates", {
                    last: shortcutText(templateShortcut(CONSULTATION_TEMPLATES.length - 1)),
                  }),
                },
              ]}
            />
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
