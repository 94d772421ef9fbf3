import { Alert, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router-dom";
import { api } from "../../api/client.js";
import { useSession } from "../../api/session.js";
import { ConfirmAction } from "../../components/ConfirmAction.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { ContactPrefillNote } from "../hotline/ContactPrefillNote.js";
import { useContactPrefill } from "../hotline/contact-prefill.js";
import { useScreeningPrefill } from "../screening/intake-prefill.js";
import { ScreeningPrefillNote } from "../screening/ScreeningPrefillNote.js";
import { useRefreshCases } from "./case-api.js";
import type { CaseIntake } from "./case-types.js";
import { DuplicateSearch } from "./DuplicateSearch.js";
import { FormError } from "./FormError.js";
import { errorsUnder } from "./field-errors.js";
import { todayLocal } from "./format.js";
import { IntakeConsents } from "./IntakeConsents.js";
import {
  clearDraft,
  decidedPurposes,
  emptyDraft,
  type IntakeDraft,
  loadDraft,
  saveDraft,
  toIntake,
} from "./intake-draft.js";
import { PersonFields } from "./PersonFields.js";
import { VictimEssentials } from "./VictimEssentials.js";

/** Problems of the consents sent, by purpose; the guardian's and the shared date's separately. */
function consentErrors(error: unknown, draft: IntakeDraft) {
  const purposes = decidedPurposes(draft);
  const byPurpose: Record<string, string> = {};
  let guardian: string | undefined;
  for (const [key, message] of Object.entries(errorsUnder(error, "body.consents."))) {
    const [index, field] = key.split(".");
    if (field === "guardian") guardian ??= message;
    const purpose = purposes[Number(index)];
    if (purpose && field && field !== "guardian") byPurpose[purpose] ??= message;
  }
  return { byPurpose, guardian };
}

export function IntakePage() {
  const { t } = useTranslation();
  usePageTitle(t("intake.title"));
  const { data: session } = useSession();
  const userId = session?.user.id ?? "";
  const [restored] = useState(() => loadDraft(userId, todayLocal()));
  const [draft, setDraft] = useState<IntakeDraft>(() => restored ?? emptyDraft(todayLocal()));
  const [showRestored, setShowRestored] = useState(restored !== null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  const navigate = useNavigate();
  const refresh = useRefreshCases();
  // Opened from a screening: the intake starts from its case draft and the case is linked to it.
  const [searchParams] = useSearchParams();
  const screeningId = searchParams.get("screening");
  const prefill = useScreeningPrefill(userId, screeningId, restored !== null, todayLocal(), (prefilled) => {
    setDraft(prefilled);
    setShowRestored(false);
  });
  // Opened from a hotline contact: the same, from the caller's details; the contact is linked to the case.
  const contactId = searchParams.get("contact");
  const contactPrefill = useContactPrefill(userId, contactId, restored !== null, todayLocal(), (prefilled) => {
    setDraft(prefilled);
    setShowRestored(false);
  });

  useEffect(() => saveDraft(userId, draft), [userId, draft]);
  // A new step is announced and Tab continues from its heading, not from the button that was pressed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the change of step is what moves focus.
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [draft.step]);

  const submit = useMutation({
    mutationFn: (body: CaseIntake) => api.post<{ id: string; caseNumber: string }>("/api/cases", body),
    onSuccess: (created) => {
      clearDraft(userId);
      void refresh();
      void navigate(`/cases/${created.id}`);
    },
  });
  const update = (next: Partial<IntakeDraft>) => setDraft((current) => ({ ...current, ...next }));
  const discard = () => {
    clearDraft(userId);
    setDraft(emptyDraft(todayLocal()));
    setShowRestored(false);
    submit.reset();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit.mutate({
      ...toIntake(draft),
      ...(screeningId ? { screeningId } : {}),
      ...(contactId ? { contactId } : {}),
    });
  };
  const consents = consentErrors(submit.error, draft);

  return (
    <Stack maw={960}>
      <Title order={1}>{t("intake.title")}</Title>
      {screeningId ? <ScreeningPrefillNote screeningId={screeningId} {...prefill} /> : null}
      {contactId ? <ContactPrefillNote contactId={contactId} {...contactPrefill} /> : null}
      {showRestored ? (
        <Alert color="blue" variant="light" title={t("intake.restoredTitle")} withCloseButton={false}>
          <Text size="sm">{t("intake.restoredText")}</Text>
        </Alert>
      ) : null}
      <Title order={2} size="h3" ref={stepHeading} tabIndex={-1} style={{ outline: "none" }}>
        {draft.step === "search" ? t("intake.searchTitle") : t("intake.detailsTitle")}
      </Title>
      {draft.step === "search" ? (
        <DuplicateSearch
          values={draft.person}
          onChange={(person) => update({ person })}
          onPick={(match) => update({ existing: match, step: "details" })}
          onNew={() => update({ existing: null, step: "details" })}
        />
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            {draft.existing ? (
              <Card withBorder padding="sm">
                <Text fw={600}>{draft.existing.displayName || t("intake.unnamed")}</Text>
                <Text size="sm">{t("intake.existingPerson")}</Text>
                {draft.existing.caseNumbers.length > 0 ? (
                  <Text size="sm">
                    {t("intake.caseNumbers", {
                      numbers: draft.existing.caseNumbers.join(", "),
                      count: draft.existing.caseNumbers.length,
                    })}
                  </Text>
                ) : null}
              </Card>
            ) : (
              <PersonFields
                values={draft.person}
                onChange={(person) => update({ person })}
                errors={errorsUnder(submit.error, "body.person.")}
              />
            )}
            <VictimEssentials
              values={draft.victim}
              onChange={(victim) => update({ victim })}
              errors={errorsUnder(submit.error, "body.victim.")}
            />
            <IntakeConsents
              draft={draft}
              onChange={setDraft}
              errors={consents.byPurpose}
              guardianError={consents.guardian}
            />
            <FormError error={submit.error} />
            <Group>
              <Button type="submit" loading={submit.isPending}>
                {t("intake.submit")}
              </Button>
              <Button variant="default" onClick={() => update({ step: "search" })}>
                {t("intake.backToSearch")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <Group>
        <ConfirmAction
          label={t("intake.discard")}
          title={t("intake.discardTitle")}
          message={t("intake.discardText")}
          color="red"
          variant="subtle"
          onConfirm={discard}
        />
      </Group>
    </Stack>
  );
}
