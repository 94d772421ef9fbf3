import { Button, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../cases/FormError.js";
import { errorsUnder } from "../cases/field-errors.js";
import { type ContactDetail, type Escalation, useEscalate } from "./hotline-api.js";
import type { HotlineLabels } from "./hotline-labels.js";

interface EscalationModalProps {
  contactId: string;
  kind: Escalation["kind"] | null;
  labels: HotlineLabels;
  onClose: () => void;
  onDone: (saved: ContactDetail, kind: Escalation["kind"]) => void;
}

/**
 * Confirms an escalation and asks the one question that decides the rest: does the caller agree to a
 * report to law enforcement? Only with a "yes" are the agency, reference and summary asked and recorded.
 */
export function EscalationModal({ contactId, kind, labels, onClose, onDone }: EscalationModalProps) {
  const { t } = useTranslation();
  const escalate = useEscalate(contactId);
  const [consent, setConsent] = useState<"yes" | "no" | "">("");
  const [agency, setAgency] = useState("");
  const [reference, setReference] = useState("");
  const [summary, setSummary] = useState("");
  const [consentMissing, setConsentMissing] = useState(false);
  const close = () => {
    escalate.reset();
    setConsent("");
    setConsentMissing(false);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!kind) return;
    if (!consent) {
      setConsentMissing(true);
      return;
    }
    const body: Escalation =
      consent === "yes"
        ? {
            kind,
            lawEnforcement: {
              consent: true,
              agency: agency.trim(),
              reference: reference.trim() || null,
              summary: summary.trim() || null,
            },
          }
        : { kind };
    escalate.mutate(body, {
      onSuccess: (saved) => {
        onDone(saved, kind);
        setAgency("");
        setReference("");
        setSummary("");
        close();
      },
    });
  };
  const errors = errorsUnder(escalate.error, "body.lawEnforcement.");
  return (
    <Modal
      opened={kind !== null}
      onClose={close}
      title={kind ? labels.escalation(kind) : ""}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t("hotlineWeb.escalation.explain")}</Text>
          <Radio.Group
            label={t("hotlineWeb.escalation.consentQuestion")}
            value={consent}
            onChange={(value) => {
              setConsent(value as "yes" | "no");
              setConsentMissing(false);
            }}
            error={consentMissing ? t("hotlineWeb.escalation.consentMissing") : errors.consent}
            required
          >
            <Stack gap={6} mt={6}>
              <Radio value="yes" label={t("hotlineWeb.escalation.consentYes")} />
              <Radio value="no" label={t("hotlineWeb.escalation.consentNo")} />
            </Stack>
          </Radio.Group>
          {consent === "yes" ? (
            <>
              <TextInput
                label={t("hotlineWeb.escalation.agency")}
                required
                value={agency}
                onChange={(event) => setAgency(event.currentTarget.value)}
                error={errors.agency}
              />
              <TextInput
                label={t("hotlineWeb.escalation.reference")}
                value={reference}
                onChange={(event) => setReference(event.currentTarget.value)}
                error={errors.reference}
              />
              <Textarea
                label={t("hotlineWeb.escalation.summary")}
                autosize
                minRows={3}
                value={summary}
                onChange={(event) => setSummary(event.currentTarget.value)}
                error={errors.summary}
              />
            </>
          ) : null}
          <FormError error={escalate.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" color="red" loading={escalate.isPending}>
              {t("hotlineWeb.escalation.confirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
