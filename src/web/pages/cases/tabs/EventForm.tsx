import { Button, Checkbox, Group, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { casePath, useCaseMutation } from "../case-api.js";
import type { EventInput, TraffickingEvent } from "../case-types.js";
import { FormError } from "../FormError.js";
import { errorsUnder } from "../field-errors.js";
import { useFocusFirstField } from "../focus.js";
import { CountryPicker, VocabSelect } from "../inputs.js";

const EMPTY = {
  eventType: null as string | null,
  occurredOn: "",
  dateEstimated: false,
  country: null as string | null,
  region: "",
  city: "",
  street: "",
  postalCode: "",
  description: "",
};

type Values = typeof EMPTY;

function fromEvent(event: TraffickingEvent): Values {
  return {
    eventType: event.eventType,
    occurredOn: event.occurredOn ?? "",
    dateEstimated: event.dateEstimated,
    country: event.country,
    region: event.region ?? "",
    city: event.city ?? "",
    street: event.street ?? "",
    postalCode: event.postalCode ?? "",
    description: event.description ?? "",
  };
}

interface EventFormProps {
  caseId: string;
  personId: string | null;
  /** The event to change; without one a new event is added. */
  event?: TraffickingEvent;
  onDone: (saved: boolean) => void;
}

/** One stage of the trafficking journey (HTCDS hte_): what, when and where. */
export function EventForm({ caseId, personId, event, onDone }: EventFormProps) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstField(form);
  const [values, setValues] = useState<Values>(() => (event ? fromEvent(event) : EMPTY));
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  // A change sends every field: the server keeps in the history only those that differ.
  const save = useCaseMutation(
    (body: EventInput) =>
      event
        ? api.patch(`/api/trafficking-events/${encodeURIComponent(event.id)}`, body)
        : api.post(`${casePath(caseId)}/events`, body),
    () => {
      setValues(EMPTY);
      onDone(true);
    },
  );
  const errors = errorsUnder(save.error);
  const text = (value: string) => value.trim() || null;
  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    save.mutate({
      eventType: values.eventType as EventInput["eventType"],
      ...(event ? {} : { personId }),
      occurredOn: values.occurredOn || null,
      dateEstimated: values.dateEstimated,
      country: values.country as EventInput["country"],
      region: text(values.region),
      city: text(values.city),
      street: text(values.street),
      postalCode: text(values.postalCode),
      description: text(values.description),
    });
  };
  const title = event ? t("casePage.events.edit") : t("casePage.events.add");
  const textInput = (key: "region" | "city" | "street" | "postalCode") => (
    <TextInput
      label={t(`fields.${key}`)}
      value={values[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={errors[key]}
    />
  );

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={title}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <VocabSelect
            list="eventType"
            label={t("fields.eventType")}
            value={values.eventType}
            onChange={(value) => set("eventType", value)}
            error={errors.eventType}
            required
          />
          <TextInput
            type="date"
            label={t("fields.occurredOn")}
            value={values.occurredOn}
            onChange={(e) => set("occurredOn", e.currentTarget.value)}
            error={errors.occurredOn}
          />
          <Checkbox
            mt={{ base: 0, sm: 32 }}
            label={t("casePage.events.dateEstimated")}
            checked={values.dateEstimated}
            onChange={(e) => set("dateEstimated", e.currentTarget.checked)}
          />
          <CountryPicker
            label={t("fields.country")}
            value={values.country}
            onChange={(value) => set("country", value)}
            error={errors.country}
          />
          {textInput("region")}
          {textInput("city")}
          {textInput("street")}
          {textInput("postalCode")}
        </SimpleGrid>
        <Textarea
          label={t("casePage.events.description")}
          autosize
          minRows={2}
          value={values.description}
          onChange={(e) => set("description", e.currentTarget.value)}
          error={errors.description}
        />
        <FormError error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!values.eventType}>
            {event ? t("common.save") : t("casePage.events.add")}
          </Button>
          <Button variant="default" onClick={() => onDone(false)}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
