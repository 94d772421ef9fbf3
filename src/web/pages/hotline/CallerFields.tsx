import { Checkbox, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type ContactForm, type FormField, fieldId } from "./contact-form.js";
import type { HotlineLabels, Option } from "./hotline-labels.js";

export interface FieldProps {
  form: ContactForm;
  change: (values: Partial<ContactForm>) => void;
  /**
   * The problem to show at a field ("callerNumber") or part of one ("consultations.0"), if any; by default
   * also a problem of something inside it, with exact only one named exactly so.
   */
  problem: (key: FormField | `consultations.${number}`, exact?: boolean) => string | undefined;
  labels: HotlineLabels;
}

interface CallerFieldsProps extends FieldProps {
  /** The repeat-caller look-up, next to the number it looks up. */
  lookUp: ReactNode;
}

/** Who called, how and from where; name and e-mail only when the caller is not anonymous. */
export function CallerFields({ form, change, problem, labels, lookUp }: CallerFieldsProps) {
  const { t } = useTranslation();
  const withNone = (options: Option[]) => [{ value: "", label: t("hotlineWeb.contact.notKnown") }, ...options];
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          id={fieldId("callerNumber")}
          label={t("hotlineWeb.contact.callerNumber")}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={form.callerNumber}
          onChange={(event) => change({ callerNumber: event.currentTarget.value })}
          error={problem("callerNumber")}
          style={{ flex: 1 }}
        />
        {lookUp}
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <NativeSelect
          id={fieldId("channel")}
          label={t("hotlineWeb.contact.channel")}
          data={labels.channelOptions}
          value={form.channel}
          onChange={(event) => change({ channel: event.currentTarget.value as ContactForm["channel"] })}
          error={problem("channel")}
        />
        <NativeSelect
          id={fieldId("direction")}
          label={t("hotlineWeb.contact.direction")}
          data={labels.directionOptions}
          value={form.direction}
          onChange={(event) => change({ direction: event.currentTarget.value as ContactForm["direction"] })}
          error={problem("direction")}
        />
        <NativeSelect
          id={fieldId("language")}
          label={t("hotlineWeb.contact.language")}
          data={withNone(labels.languageOptions)}
          value={form.language}
          onChange={(event) => change({ language: event.currentTarget.value })}
          error={problem("language")}
        />
        <NativeSelect
          id={fieldId("callerType")}
          label={t("hotlineWeb.contact.callerType")}
          data={withNone(labels.callerTypeOptions)}
          value={form.callerType}
          onChange={(event) => change({ callerType: event.currentTarget.value })}
          error={problem("callerType")}
        />
        <NativeSelect
          id={fieldId("callerCountry")}
          label={t("hotlineWeb.contact.callerCountry")}
          data={withNone(labels.countryOptions)}
          value={form.callerCountry}
          onChange={(event) => change({ callerCountry: event.currentTarget.value })}
          error={problem("callerCountry")}
        />
        <TextInput
          id={fieldId("callerPlace")}
          label={t("hotlineWeb.contact.callerPlace")}
          value={form.callerPlace}
          onChange={(event) => change({ callerPlace: event.currentTarget.value })}
          error={problem("callerPlace")}
        />
      </SimpleGrid>
      <Checkbox
        id={fieldId("anonymous")}
        label={t("hotlineWeb.contact.anonymous")}
        description={t("hotlineWeb.contact.anonymousHint")}
        checked={form.anonymous}
        // An anonymous contact keeps no name or e-mail: they go with the tick, not at the end of the call.
        onChange={(event) =>
          change(
            event.currentTarget.checked ? { anonymous: true, callerName: "", callerEmail: "" } : { anonymous: false },
          )
        }
        error={problem("anonymous")}
      />
      {form.anonymous ? null : (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            id={fieldId("callerName")}
            label={t("hotlineWeb.contact.callerName")}
            autoComplete="off"
            value={form.callerName}
            onChange={(event) => change({ callerName: event.currentTarget.value })}
            error={problem("callerName")}
          />
          <TextInput
            id={fieldId("callerEmail")}
            label={t("hotlineWeb.contact.callerEmail")}
            type="email"
            autoComplete="off"
            value={form.callerEmail}
            onChange={(event) => change({ callerEmail: event.currentTarget.value })}
            error={problem("callerEmail")}
          />
        </SimpleGrid>
      )}
      <Textarea
        id={fieldId("notes")}
        label={t("hotlineWeb.contact.notes")}
        autosize
        minRows={3}
        maxRows={12}
        value={form.notes}
        onChange={(event) => change({ notes: event.currentTarget.value })}
        error={problem("notes")}
      />
    </Stack>
  );
}
