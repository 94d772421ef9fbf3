import { Button, Group, Stack, Text, Timeline, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { ConfirmAction } from "../../../components/ConfirmAction.js";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import type { TabProps } from "../CasePage.js";
import { useCaseItems, useCaseMutation } from "../case-api.js";
import type { TraffickingEvent } from "../case-types.js";
import { focusLater } from "../focus.js";
import { formatDate } from "../format.js";
import { useVocab } from "../vocab.js";
import { EventForm } from "./EventForm.js";

function byDate(a: TraffickingEvent, b: TraffickingEvent): number {
  // Undated events go last: they are known to have happened, not when.
  return (a.occurredOn ?? "9999").localeCompare(b.occurredOn ?? "9999") || a.createdAt.localeCompare(b.createdAt);
}

/** The trafficking journey as a timeline, each stage changed or deleted in place. */
export function EventsTab({ item, canWrite }: TabProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const events = useCaseItems<TraffickingEvent>(item.id, "events");
  // "new", an event's id, or nothing: one form open at a time.
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useCaseMutation((id: string) => api.delete(`/api/trafficking-events/${encodeURIComponent(id)}`));
  const list = [...(events.data?.items ?? [])].sort(byDate);
  const editable = canWrite && !item.identifyingErased;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t("casePage.tabs.events")}
        </Title>
        {editable && editing === null ? (
          <Button variant="default" onClick={() => setEditing("new")}>
            {t("casePage.events.add")}
          </Button>
        ) : null}
      </Group>
      {editing === "new" ? (
        <EventForm caseId={item.id} personId={item.personId} onDone={() => setEditing(null)} />
      ) : null}
      <ErrorAlert error={events.error ?? remove.error} />
      {events.isSuccess && list.length === 0 ? <Text>{t("casePage.events.empty")}</Text> : null}
      <Timeline bulletSize={14} lineWidth={2}>
        {list.map((event) => {
          const type = vocab.label("eventType", event.eventType);
          const place = [event.street, event.postalCode, event.city, event.region, vocab.country(event.country)];
          return (
            <Timeline.Item
              key={event.id}
              title={
                <Title order={3} size="h5" id={`event-${event.id}`} tabIndex={-1}>
                  {type}
                </Title>
              }
            >
              {editing === event.id ? (
                <EventForm
                  caseId={item.id}
                  personId={item.personId}
                  event={event}
                  onDone={() => {
                    setEditing(null);
                    focusLater(`event-${event.id}`);
                  }}
                />
              ) : (
                <>
                  <Text size="sm">
                    {event.occurredOn ? formatDate(event.occurredOn, vocab.lang) : t("casePage.events.noDate")}
                    {event.occurredOn && event.dateEstimated ? ` (${t("casePage.estimated")})` : ""}
                  </Text>
                  <Text size="sm">{place.filter(Boolean).join(", ")}</Text>
                  {event.description ? (
                    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                      {event.description}
                    </Text>
                  ) : null}
                  {editable && editing === null ? (
                    <Group gap="xs" mt={4}>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing(event.id)}
                        aria-label={t("casePage.events.editNamed", { type })}
                      >
                        {t("casePage.change")}
                      </Button>
                      <ConfirmAction
                        label={t("casePage.events.delete")}
                        title={t("casePage.events.deleteTitle")}
                        message={t("casePage.events.deleteText")}
                        color="red"
                        variant="subtle"
                        loading={remove.isPending && remove.variables === event.id}
                        onConfirm={() => remove.mutate(event.id)}
                      />
                    </Group>
                  ) : null}
                </>
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Stack>
  );
}
