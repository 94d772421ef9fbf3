import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FieldProps } from "./CallerFields.js";
import { fieldId } from "./contact-form.js";

/** How the contact ended, and what the next shift has to do about it. */
export function OutcomeFields({ form, change, problem, labels }: FieldProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t("hotlineWeb.outcome.title")}
      </Title>
      <NativeSelect
        id={fieldId("outcome")}
        label={t("hotlineWeb.outcome.outcome")}
        data={[{ value: "", label: t("hotlineWeb.outcome.choose") }, ...labels.outcomeOptions]}
        value={form.outcome}
        onChange={(event) => change({ outcome: event.currentTarget.value })}
        error={problem("outcome")}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          id={fieldId("followUpOn")}
          type="date"
          label={t("hotlineWeb.outcome.followUpOn")}
          description={t("hotlineWeb.outcome.followUpHint")}
          value={form.followUpOn}
          onChange={(event) => change({ followUpOn: event.currentTarget.value })}
          error={problem("followUpOn")}
        />
      </SimpleGrid>
      <Textarea
        id={fieldId("followUpNote")}
        label={t("hotlineWeb.outcome.followUpNote")}
        description={t("hotlineWeb.outcome.followUpNoteHint")}
        autosize
        minRows={2}
        maxRows={8}
        value={form.followUpNote}
        onChange={(event) => change({ followUpNote: event.currentTarget.value })}
        error={problem("followUpNote")}
      />
    </Stack>
  );
}
