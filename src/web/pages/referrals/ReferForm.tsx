import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReferralDetail } from "../../../shared/api/referrals.js";
import { REFERRAL_REASONS } from "../../../shared/htcds/case.js";
import { ANSWER_DUE_HOURS, REFERRAL_URGENCIES, type ReferralUrgency } from "../../../shared/referrals/vocab.js";
import { api } from "../../api/client.js";
import type { CaseDetail } from "../cases/case-types.js";
import { ChosenServices } from "./ChosenServices.js";
import { ConsentProblem } from "./ConsentProblem.js";
import { consentProblem } from "./consent-problem.js";
import { DirectorySearch } from "./DirectorySearch.js";
import { initialValues, type ReferValues, sharingDecision, toggleService, toReferralInput } from "./refer-form.js";
import { OUTGOING_PATH, useReferralWrite } from "./referral-api.js";
import { useReferralLabels } from "./referral-labels.js";
import { SharedFieldsPicker } from "./SharedFieldsPicker.js";
import { SuggestedServices } from "./SuggestedServices.js";
import { WriteError } from "./WriteError.js";

/** The decisions that leave no consent in force; anything else unknown reads as none recorded. */
const NO_CONSENT = ["refused", "withdrawn"];

interface ReferFormProps {
  item: CaseDetail;
  onDone: (created: ReferralDetail[], sent: boolean) => void;
  onCancel: () => void;
}

/**
 * Referring the case's person to one or more services: choose them (suggested for the case's needs, or found
 * in the directory), say how urgent and why, tick what to share (the minimum is ticked), write to the service,
 * then send — or keep it as a draft to send later.
 */
export function ReferForm({ item, onDone, onCancel }: ReferFormProps) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form replaces the button that opened it: keyboard and screen-reader users start at its heading.
  useEffect(() => heading.current?.focus(), []);
  const [values, setValues] = useState<ReferValues>(() => initialValues(item));
  const [noService, setNoService] = useState(false);
  const [sending, setSending] = useState(true);
  const set = <K extends keyof ReferValues>(key: K, value: ReferValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const create = useReferralWrite(
    (body: ReturnType<typeof toReferralInput>) => api.post<{ items: ReferralDetail[] }>(OUTGOING_PATH, body),
    (result) => onDone(result.items, sending),
  );
  const submit = (send: boolean, overrideReason?: string) => {
    setNoService(values.services.length === 0);
    if (values.services.length === 0) return;
    setSending(send);
    create.mutate(toReferralInput(item.id, values, { send, overrideReason }));
  };
  const decision = sharingDecision(item, values.personId);
  const consent = consentProblem(create.error);
  // A family member may be referred too (a child to a school, say); a perpetrator never is.
  const people = item.people.filter((p) => p.role !== "perpetrator");

  return (
    <form
      noValidate
      aria-labelledby="refer-title"
      onSubmit={(event) => {
        event.preventDefault();
        submit(true);
      }}
    >
      <Stack gap="lg">
        <Title order={2} size="h3" id="refer-title" ref={heading} tabIndex={-1}>
          {t("referralsPage.refer.title")}
        </Title>
        {decision !== "given" ? (
          <Alert color="orange" variant="light">
            <Text size="sm">
              {t(`referralsPage.refer.noConsent.${NO_CONSENT.includes(decision ?? "") ? decision : "missing"}`)}
            </Text>
          </Alert>
        ) : null}
        {people.length > 1 ? (
          <NativeSelect
            label={t("referralsPage.refer.person")}
            value={values.personId ?? ""}
            onChange={(event) => set("personId", event.currentTarget.value || null)}
            data={people.map((p) => ({
              value: p.person.id,
              label: `${p.person.displayName} · ${labels.vocab.label("personRoleInCase", p.role)}`,
            }))}
          />
        ) : null}
        <ChosenServices
          chosen={values.services}
          error={noService && values.services.length === 0 ? t("referralsPage.refer.noneChosen") : undefined}
          onRemove={(service) => set("services", toggleService(values.services, service))}
        />
        <SuggestedServices
          caseId={item.id}
          chosen={values.services}
          onToggle={(service) => set("services", toggleService(values.services, service))}
        />
        <DirectorySearch
          chosen={values.services}
          onToggle={(service) => set("services", toggleService(values.services, service))}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t("referralsPage.refer.urgency")}
            description={t("referralsPage.refer.dueHint", { count: ANSWER_DUE_HOURS[values.urgency] })}
            required
            value={values.urgency}
            onChange={(event) => set("urgency", event.currentTarget.value as ReferralUrgency)}
            data={REFERRAL_URGENCIES.map((value) => ({ value, label: labels.urgency(value) }))}
          />
          <NativeSelect
            label={t("referralsPage.refer.reason")}
            required
            value={values.reason}
            onChange={(event) => set("reason", event.currentTarget.value as ReferValues["reason"])}
            data={REFERRAL_REASONS.map((value) => ({ value, label: labels.reason(value) }))}
          />
        </SimpleGrid>
        <SharedFieldsPicker value={values.sharedFields} onChange={(fields) => set("sharedFields", fields)} />
        <Textarea
          label={t("referralsPage.refer.message")}
          description={t("referralsPage.refer.messageHint")}
          autosize
          minRows={3}
          maxLength={4000}
          value={values.message}
          onChange={(event) => set("message", event.currentTarget.value)}
        />
        {consent ? (
          <ConsentProblem
            message={consent}
            caseId={item.id}
            pending={create.isPending}
            onOverride={(reason) => submit(true, reason)}
          />
        ) : (
          <WriteError error={create.error} />
        )}
        <Group gap="sm" wrap="wrap">
          <Button type="submit" loading={create.isPending && sending}>
            {t("referralsPage.refer.send", { count: Math.max(1, values.services.length) })}
          </Button>
          <Button variant="default" loading={create.isPending && !sending} onClick={() => submit(false)}>
            {t("referralsPage.refer.saveDraft")}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
