import { Alert, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../format.js";
import { EscalationModal } from "./EscalationModal.js";
import type { ContactDetail, Escalation } from "./hotline-api.js";
import type { HotlineLabels } from "./hotline-labels.js";

const GRAVITY = { exploitation: 1, immediate_danger: 2 } as const;

interface EscalationPanelProps {
  contact: ContactDetail;
  labels: HotlineLabels;
  /** The server may set the outcome (immediate danger → emergency escalated); the form takes it over. */
  onEscalated: (saved: ContactDetail) => void;
}

/** "Report of exploitation" and "Immediate danger": an urgent task for a supervisor, a report only with consent. */
export function EscalationPanel({ contact, labels, onEscalated }: EscalationPanelProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Escalation["kind"] | null>(null);
  const [confirmation, setConfirmation] = useState<string[]>([]);
  const done = (saved: ContactDetail, chosen: Escalation["kind"]) => {
    // The server raises a task once per level: a second "exploitation" after "immediate danger" adds none.
    const raised = !contact.escalation || GRAVITY[chosen] > GRAVITY[contact.escalation];
    const reported = saved.reports.length > contact.reports.length;
    setConfirmation([
      raised ? t("hotlineWeb.escalation.taskRaised") : t("hotlineWeb.escalation.alreadyRaised"),
      ...(reported ? [t("hotlineWeb.escalation.reportRecorded")] : []),
    ]);
    onEscalated(saved);
  };
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="escalation-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="escalation-title">
          {t("hotlineWeb.escalation.title")}
        </Title>
        {contact.escalation ? (
          <Text size="sm" fw={600} c="red.9">
            {t("hotlineWeb.escalation.current", { kind: labels.escalation(contact.escalation) })}
          </Text>
        ) : null}
        <Group gap="xs" wrap="wrap">
          <Button color="orange" variant="light" onClick={() => setKind("exploitation")}>
            {labels.escalation("exploitation")}
          </Button>
          <Button color="red" onClick={() => setKind("immediate_danger")}>
            {labels.escalation("immediate_danger")}
          </Button>
        </Group>
        {confirmation.length > 0 ? (
          <Alert color="green" variant="light" role="status" title={t("hotlineWeb.escalation.doneTitle")}>
            {confirmation.map((line) => (
              <Text key={line} size="sm">
                {line}
              </Text>
            ))}
          </Alert>
        ) : null}
        {contact.reports.length > 0 ? (
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {contact.reports.map((report) => (
              <Text key={report.id} component="li" size="sm">
                {t("hotlineWeb.escalation.reportLine", {
                  agency: report.agency,
                  date: formatDateTime(report.reportedAt, labels.lang),
                })}
                {report.reference ? ` · ${report.reference}` : ""}
              </Text>
            ))}
          </Stack>
        ) : null}
      </Stack>
      <EscalationModal contactId={contact.id} kind={kind} labels={labels} onClose={() => setKind(null)} onDone={done} />
    </Card>
  );
}
