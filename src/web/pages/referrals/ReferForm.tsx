import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReferralDetail } from "../../../shared/api/referrals.js";
import type { ScreeningDetail } from "../../../shared/api/screening.js";
import { REFERRAL_REASONS } from "../../../shared/htcds/case.js";
import { ANSWER_DUE_HOURS, REFERRAL_URGENCIES, type ReferralUrgency } from "../../../shared/referrals/vocab.js";
import { api } from "../../api/client.js";
import { can, useSession } from "../../api/session.js";
import type { CaseDetail } from "../cases/case-types.js";
import { ChosenServices } from "./ChosenServices.js";
import { ConsentProblem } from "./ConsentProblem.js";
import { consentProblem } from "./consent-problem.js";
import { DirectorySearch } from "./DirectorySearch.js";
import {
  initialValues,
  type ReferSource,
  type ReferValues,
  SCREENING_SHARED_FIELDS,
  screeningInitialValues,
  sharingDecision,
  toggleService,
  toReferralInput,
} from "./refer-form.js";
import { OUTGOING_PATH, useReferralWrite } from "./referral-api.js";
import { useReferralLabels } from "./referral-labels.js";
import { SharedFieldsPicker } from "./SharedFieldsPicker.js";
import { SuggestedServices } from "./SuggestedServices.js";
import { WriteError } from "./WriteError.js";

/** The decisions that leave no consent in force; anything else unknown reads as none recorded. */
const NO_CONSENT = ["refused", "withdrawn"];

/** Referred from a case (one of its people) or from a screening (the screened person). */
type ReferFrom =
  | { item: CaseDetail; screening?: undefined }
  | { item?: undefined; screening: Pick<ScreeningDetail, "id" | "caseId" | "consentRefer"> };

type ReferFormProps = ReferFrom & {
  onDone: (created: ReferralDetail[], sent: boolean) => void;
  onCancel: () => void;
};

/**
 * Referring the person of a case or a screening to one or more services: choose them (suggested for the
 * recorded needs, or found in the directory), say how urgent and why, tick what to share (the minimum is
 * ticked), write to the service, then send — or keep it as a draft to send later.
 */
export function ReferForm({ item, screening, onDone, onCancel }: ReferFormProps) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const { data: session } = useSession();
  const source: ReferSource = item ? { caseId: item.id } : { screeningId: screening.id };
  // A draft is found again through the referral lists: without reading them, only sending now is of use.
  const mayDraft = item !== undefined || can(session, "referral.read");
  const heading = useRef<HTMLHeadingElement>(null);
  // The form replaces the button that opened it: keyboard and screen-reader users start at its heading.
  useEffect(() => heading.current?.focus(), []);
  const [values, setValues] = useState<ReferValues>(() => (item ? initialValues(item) : screeningInitialValues()));
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
    create.mutate(toReferralInput(source, values, { send, overrideReason }));
  };
  // From a screening the person's answer is known; a consent recorded for them since is the server's to weigh.
  const decision = item ? sharingDecision(item, values.personId) : screening.consentRefer ? "given" : null;
  const noConsentKey = item ? (NO_CONSENT.includes(decision ?? "") ? decision : "missing") : "screening";
  const consent = consentProblem(create.error);
  // A family member may be referred too (a child to a school, say); a perpetrator never is.
  const people = item ? item.people.filter((p) => p.role !== "perpetrator") : [];

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
            <Text size="sm">{t(`referralsPage.refer.noConsent.${noConsentKey}`)}</Text>
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
          source={source}
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
        <SharedFieldsPicker
          value={values.sharedFields}
          onChange={(fields) => set("sharedFields", fields)}
          minimum={item ? undefined : SCREENING_SHARED_FIELDS}
        />
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
            caseId={item ? item.id : can(session, "case.read") ? screening.caseId : null}
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
          {mayDraft ? (
            <Button variant="default" loading={create.isPending && !sending} onClick={() => submit(false)}>
              {t("referralsPage.refer.saveDraft")}
            </Button>
          ) : null}
          <Button variant="subtle" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
