import { Anchor, Button, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import type { UseMutationResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { formatDateTime } from "../../format.js";
import { ContactLinks } from "./ContactLinks.js";
import { type CallerLookup, type ContactDetail, useLinkContact } from "./hotline-api.js";
import type { HotlineLabels } from "./hotline-labels.js";
import { SHORTCUTS, shortcutText } from "./shortcuts.js";

interface RepeatCallerPanelProps {
  contact: ContactDetail;
  lookup: UseMutationResult<CallerLookup, Error, string>;
  labels: HotlineLabels;
  /** Before leaving for the case intake, the typed values are saved so that the intake starts from them. */
  beforeOpenCase: () => Promise<void>;
}

/**
 * Repeat caller: the earlier contacts from the number and the people registered with it, with their cases
 * as far as the operator may see them, and the ways to link this contact to one of them or open a case.
 */
export function RepeatCallerPanel({ contact, lookup, labels, beforeOpenCase }: RepeatCallerPanelProps) {
  const { t } = useTranslation();
  const result = lookup.data;
  // The contact being taken has the number too; it is not an earlier one.
  const earlier = (result?.contacts ?? []).filter((item) => item.id !== contact.id);
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="repeat-caller-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="repeat-caller-title">
          {t("hotlineWeb.repeat.title")}
        </Title>
        <ContactLinks contact={contact} beforeOpenCase={beforeOpenCase} />
        {!result && !lookup.isPending && !lookup.error ? (
          <Text size="sm">{t("hotlineWeb.repeat.hint", { keys: shortcutText(SHORTCUTS.lookUp) })}</Text>
        ) : null}
        {lookup.isPending ? <Loader size="sm" aria-label={t("app.loading")} /> : null}
        <ErrorAlert error={lookup.error} />
        <div aria-live="polite">
          {result ? (
            <Text size="sm" fw={600}>
              {earlier.length === 0
                ? t("hotlineWeb.repeat.noneFound", { number: result.number })
                : t("hotlineWeb.repeat.found", { count: earlier.length, number: result.number })}
            </Text>
          ) : null}
        </div>
        {earlier.length > 0 ? (
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {earlier.map((item) => (
              <Card key={item.id} component="li" withBorder padding="xs">
                <Text size="sm" fw={600}>
                  {`${formatDateTime(item.startedAt, labels.lang)} · ${labels.channel(item.channel)}`}
                </Text>
                {item.topics.length > 0 ? (
                  <Text size="sm">{item.topics.map((code) => labels.topic(code)).join(", ")}</Text>
                ) : null}
                <Text size="sm" c="dimmed">
                  {[
                    item.status === "completed" ? labels.outcome(item.outcome) : labels.status(item.status),
                    item.operator?.name,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Text>
                {item.case ? <CaseLine contact={contact} caseRef={item.case} /> : null}
              </Card>
            ))}
          </Stack>
        ) : null}
        {result && result.people.length > 0 ? (
          <Stack gap={6}>
            <Title order={3} size="h5">
              {t("hotlineWeb.repeat.people")}
            </Title>
            {result.people.map((person) => (
              <Card key={person.personId} withBorder padding="xs">
                <Group justify="space-between" wrap="wrap" gap={6}>
                  <Text size="sm" fw={600}>
                    {person.name || t("hotlineWeb.repeat.unnamed")}
                  </Text>
                  {person.cases.length === 0 ? <PersonLink contact={contact} personId={person.personId} /> : null}
                </Group>
                {person.cases.map((item) => (
                  <CaseLine key={item.id} contact={contact} caseRef={item} />
                ))}
              </Card>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

/** A case found for the caller: open it, or link this contact to it. */
function CaseLine({ contact, caseRef }: { contact: ContactDetail; caseRef: { id: string; caseNumber: string } }) {
  const { t } = useTranslation();
  const link = useLinkContact(contact.id);
  const linked = contact.case?.id === caseRef.id;
  return (
    <Group justify="space-between" wrap="wrap" gap={6} mt={4}>
      <Anchor component={Link} to={`/cases/${caseRef.id}`} size="sm">
        {t("hotlineWeb.repeat.case", { number: caseRef.caseNumber })}
      </Anchor>
      {linked ? (
        <Text size="sm" c="dimmed">
          {t("hotlineWeb.repeat.linkedHere")}
        </Text>
      ) : (
        <Button
          size="xs"
          variant="light"
          loading={link.isPending}
          onClick={() => link.mutate({ caseId: caseRef.id })}
          aria-label={t("hotlineWeb.repeat.linkCaseNamed", { number: caseRef.caseNumber })}
        >
          {t("hotlineWeb.repeat.linkCase")}
        </Button>
      )}
      <ErrorAlert error={link.error} />
    </Group>
  );
}

function PersonLink({ contact, personId }: { contact: ContactDetail; personId: string }) {
  const { t } = useTranslation();
  const link = useLinkContact(contact.id);
  if (contact.personId === personId) {
    return (
      <Text size="sm" c="dimmed">
        {t("hotlineWeb.repeat.linkedHere")}
      </Text>
    );
  }
  return (
    <>
      <Button size="xs" variant="light" loading={link.isPending} onClick={() => link.mutate({ personId })}>
        {t("hotlineWeb.repeat.linkPerson")}
      </Button>
      <ErrorAlert error={link.error} />
    </>
  );
}
