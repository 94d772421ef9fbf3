import { Button, Checkbox, Group, SimpleGrid, Stack, Text, Textarea, TextInput, Timeline, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { ConfirmAction } from "../../../components/ConfirmAction.js";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import type { TabProps } from "../CasePage.js";
import { casePath, useCaseItems, useCaseMutation } from "../case-api.js";
import type { EventInput, TraffickingEvent } from "../case-types.js";
import { FormError } from "../FormError.js";
import { errorsUnder } from "../field-errors.js";
import { formatDate } from "../format.js";
import { CountryPicker, VocabSelect } from "../inputs.js";
import { useVocab } from "../vocab.js";

const EMPTY = {
  eventType: null as string | null,
  occurredOn: "",
  dateEstimated: false,
  country: null as string | null,
  region: "",
  city: "",
  description: "",
};

function EventForm({ caseId, personId, onSaved }: { caseId: string; personId: string | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const save = useCaseMutation(
    (body: EventInput) => api.post(`${casePath(caseId)}/events`, body),
    () => {
      setValues(EMPTY);
      onSaved();
    },
  );
  const errors = errorsUnder(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      eventType: values.eventType as EventInput["eventType"],
      personId,
      occurredOn: values.occurredOn || null,
      dateEstimated: values.dateEstimated,
      country: values.country as EventInput["country"],
      region: values.region.trim() || null,
      city: values.city.trim() || null,
      description: values.description.trim() || null,
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("casePage.events.add")}>
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
            onChange={(event) => set("occurredOn", event.currentTarget.value)}
            error={errors.occurredOn}
          />
          <Checkbox
            mt={{ base: 0, sm: 32 }}
            label={t("casePage.events.dateEstimated")}
            checked={values.dateEstimated}
            onChange={(event) => set("dateEstimated", event.currentTarget.checked)}
          />
          <CountryPicker
            label={t("fields.country")}
            value={values.country}
            onChange={(value) => set("country", value)}
            error={errors.country}
          />
          <TextInput
            label={t("fields.region")}
            value={values.region}
            onChange={(e) => set("region", e.currentTarget.value)}
            error={errors.region}
          />
          <TextInput
            label={t("fields.city")}
            value={values.city}
            onChange={(e) => set("city", e.currentTarget.value)}
            error={errors.city}
          />
        </SimpleGrid>
        <Textarea
          label={t("casePage.events.description")}
          autosize
          minRows={2}
          value={values.description}
          onChange={(event) => set("description", event.currentTarget.value)}
          error={errors.description}
        />
        <FormError error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!values.eventType}>
            {t("casePage.events.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function byDate(a: TraffickingEvent, b: TraffickingEvent): number {
  // Undated events go last: they are known to have happened, not when.
  return (a.occurredOn ?? "9999").localeCompare(b.occurredOn ?? "9999") || a.createdAt.localeCompare(b.createdAt);
}

export function EventsTab({ item, canWrite }: TabProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const events = useCaseItems<TraffickingEvent>(item.id, "events");
  const [adding, setAdding] = useState(false);
  const remove = useCaseMutation((id: string) => api.delete(`/api/trafficking-events/${encodeURIComponent(id)}`));
  const list = [...(events.data?.items ?? [])].sort(byDate);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t("casePage.tabs.events")}
        </Title>
        {canWrite && !adding ? (
          <Button variant="default" onClick={() => setAdding(true)}>
            {t("casePage.events.add")}
          </Button>
        ) : null}
      </Group>
      {adding ? <EventForm caseId={item.id} personId={item.personId} onSaved={() => setAdding(false)} /> : null}
      <ErrorAlert error={events.error ?? remove.error} />
      {events.isSuccess && list.length === 0 ? <Text>{t("casePage.events.empty")}</Text> : null}
      <Timeline bulletSize={14} lineWidth={2}>
        {list.map((event) => (
          <Timeline.Item
            key={event.id}
            title={
              <Title order={3} size="h5">
                {vocab.label("eventType", event.eventType)}
              </Title>
            }
          >
            <Text size="sm">
              {event.occurredOn ? formatDate(event.occurredOn, vocab.lang) : t("casePage.events.noDate")}
              {event.occurredOn && event.dateEstimated ? ` (${t("casePage.estimated")})` : ""}
            </Text>
            <Text size="sm">{[event.city, event.region, vocab.country(event.country)].filter(Boolean).join(", ")}</Text>
            {event.description ? (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {event.description}
              </Text>
            ) : null}
            {canWrite ? (
              <ConfirmAction
                label={t("casePage.events.delete")}
                title={t("casePage.events.deleteTitle")}
                message={t("casePage.events.deleteText")}
                color="red"
                variant="subtle"
                loading={remove.isPending && remove.variables === event.id}
                onConfirm={() => remove.mutate(event.id)}
              />
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
