import { Button, Group, Radio, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { CONSENT_DECISIONS } from "../../../../shared/htcds/index.js";
import { api } from "../../../api/client.js";
import { useCaseMutation } from "../case-api.js";
import type { CasePerson, ConsentInput } from "../case-types.js";
import { FormError } from "../FormError.js";
import { errorsUnder } from "../field-errors.js";
import { todayLocal } from "../format.js";
import { LanguagePicker, VocabSelect } from "../inputs.js";
import { isChild } from "../person-form.js";
import { useVocab } from "../vocab.js";
import { SignaturePicker } from "./SignaturePicker.js";

const empty = () => ({
  purpose: null as string | null,
  decision: "given",
  decidedOn: todayLocal(),
  method: "verbal" as string | null,
  language: null as string | null,
  guardianName: "",
  guardianRelationship: "",
  note: "",
  signatureAttachmentId: null as string | null,
});

/** Records one decision: given, refused, or withdrawn (which applies at once). */
export function ConsentForm({ caseId, entry, onSaved }: { caseId: string; entry: CasePerson; onSaved: () => void }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const [values, setValues] = useState(empty);
  const set = <K extends keyof ReturnType<typeof empty>>(key: K, value: ReturnType<typeof empty>[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const save = useCaseMutation(
    (body: ConsentInput) => api.post(`/api/people/${encodeURIComponent(entry.person.id)}/consents`, body),
    () => {
      setValues(empty());
      onSaved();
    },
  );
  const errors = errorsUnder(save.error);
  const person = entry.person;
  const child =
    isChild(values.decidedOn, person.identity?.birthDate, person.birthYear, person.vulnerabilityFlags) ||
    !!errors.guardian;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const guardian =
      child && values.guardianName.trim()
        ? { name: values.guardianName.trim(), relationship: values.guardianRelationship.trim() }
        : null;
    save.mutate({
      purpose: values.purpose as ConsentInput["purpose"],
      decision: values.decision as ConsentInput["decision"],
      decidedOn: values.decidedOn,
      method: values.method as ConsentInput["method"],
      language: values.language as ConsentInput["language"],
      guardian,
      note: values.note.trim() || null,
      caseId,
      signatureAttachmentId: values.signatureAttachmentId,
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t("casePage.consent.record")}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <VocabSelect
            list="consentPurpose"
            label={t("fields.purpose")}
            value={values.purpose}
            onChange={(value) => set("purpose", value)}
            error={errors.purpose}
            required
          />
          <Radio.Group
            label={t("fields.decision")}
            value={values.decision}
            onChange={(value) => set("decision", value)}
            error={errors.decision}
            required
          >
            <Group gap="lg" mt={6}>
              {CONSENT_DECISIONS.map((decision) => (
                <Radio key={decision} value={decision} label={vocab.label("consentDecision", decision)} />
              ))}
            </Group>
          </Radio.Group>
          <TextInput
            type="date"
            label={t("fields.decidedOn")}
            value={values.decidedOn}
            onChange={(event) => set("decidedOn", event.currentTarget.value)}
            error={errors.decidedOn}
            required
          />
          <VocabSelect
            list="consentMethod"
            label={t("fields.method")}
            value={values.method}
            onChange={(value) => set("method", value)}
            error={errors.method}
            required
          />
          <LanguagePicker
            label={t("intake.consentLanguage")}
            value={values.language}
            onChange={(value) => set("language", value)}
            error={errors.language}
          />
        </SimpleGrid>
        {child ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("intake.guardianName")}
              description={t("intake.guardianIntro")}
              value={values.guardianName}
              onChange={(event) => set("guardianName", event.currentTarget.value)}
              error={errors.guardian ?? errors["guardian.name"]}
              autoComplete="off"
            />
            <TextInput
              label={t("intake.guardianRelationship")}
              description={t("intake.guardianRelationshipHint")}
              value={values.guardianRelationship}
              onChange={(event) => set("guardianRelationship", event.currentTarget.value)}
              error={errors["guardian.relationship"]}
            />
          </SimpleGrid>
        ) : null}
        <SignaturePicker
          caseId={caseId}
          value={values.signatureAttachmentId}
          onChange={(value) => set("signatureAttachmentId", value)}
          error={errors.signatureAttachmentId}
        />
        <Textarea
          label={t("casePage.consent.note")}
          autosize
          minRows={2}
          value={values.note}
          onChange={(event) => set("note", event.currentTarget.value)}
          error={errors.note}
        />
        <FormError error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!values.purpose}>
            {t("casePage.consent.record")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
