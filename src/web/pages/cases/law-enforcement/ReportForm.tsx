import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { AUTHORITY_KINDS, type LawEnforcementReport } from "../../../../shared/api/law-enforcement.js";
import { SHAREABLE_FIELDS } from "../../../../shared/referrals/fields.js";
import type { CaseDetail } from "../case-types.js";
import { FormError } from "../FormError.js";
import { errorsUnder } from "../field-errors.js";
import { useFocusFirstField } from "../focus.js";
import { useRecordReport } from "./report-api.js";
import { emptyReport, lawEnforcementConsentGiven, type ReportFormValues, toReportInput } from "./report-form.js";

interface ReportFormProps {
  item: CaseDetail;
  onCancel: () => void;
  onDone: (report: LawEnforcementReport) => void;
}

/**
 * Records a report already made to an authority: who, when, exactly what of the person was given, and on what
 * ground. Without the person's consent the legal basis is asked for before saving, not after a refusal.
 */
export function ReportForm({ item, onCancel, onDone }: ReportFormProps) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstField(form);
  const [values, setValues] = useState<ReportFormValues>(() => emptyReport(item));
  const set = <K extends keyof ReportFormValues>(key: K, value: ReportFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const save = useRecordReport(item.id, onDone);
  const errors = errorsUnder(save.error);
  const consent = lawEnforcementConsentGiven(item, values.personId);
  const label = (field: string) => t(`lawEnforcement.fields.${field}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(toReportInput(values));
  };

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={t("caseActionsPage.lawEnforcement.formTitle")}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={label("authorityKind")}
            value={values.authorityKind}
            onChange={(event) => set("authorityKind", event.currentTarget.value as ReportFormValues["authorityKind"])}
            data={AUTHORITY_KINDS.map((kind) => ({ value: kind, label: t(`lawEnforcement.authorityKind.${kind}`) }))}
            error={errors.authorityKind}
            required
          />
          <TextInput
            label={label("authorityName")}
            description={t("caseActionsPage.lawEnforcement.authorityNameHint")}
            value={values.authorityName}
            onChange={(event) => set("authorityName", event.currentTarget.value)}
            error={errors.authorityName}
            maxLength={200}
            required
          />
          <TextInput
            type="datetime-local"
            label={label("reportedAt")}
            value={values.reportedAt}
            onChange={(event) => set("reportedAt", event.currentTarget.value)}
            error={errors.reportedAt}
            required
          />
          <TextInput
            label={label("referenceNumber")}
            description={t("caseActionsPage.lawEnforcement.referenceHint")}
            value={values.referenceNumber}
            onChange={(event) => set("referenceNumber", event.currentTarget.value)}
            error={errors.referenceNumber}
            maxLength={100}
          />
          {item.people.length > 1 ? (
            <NativeSelect
              label={label("personId")}
              value={values.personId ?? ""}
              onChange={(event) => set("personId", event.currentTarget.value || null)}
              data={item.people.map((entry) => ({
                value: entry.person.id,
                label: entry.person.erased
                  ? t("casePage.erased")
                  : entry.person.displayName || t("caseActionsPage.lawEnforcement.unnamed"),
              }))}
              error={errors.personId}
            />
          ) : null}
        </SimpleGrid>
        <Checkbox.Group
          label={label("sharedFields")}
          description={t("caseActionsPage.lawEnforcement.sharedHint")}
          value={values.sharedFields}
          onChange={(next) =>
            set(
              "sharedFields",
              SHAREABLE_FIELDS.filter((field) => next.includes(field)),
            )
          }
          error={errors.sharedFields}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
            {SHAREABLE_FIELDS.map((field) => (
              <Checkbox key={field} value={field} label={t(`referrals.field.${field}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea
          label={label("summary")}
          description={t("caseActionsPage.lawEnforcement.summaryHint")}
          autosize
          minRows={3}
          maxLength={4000}
          value={values.summary}
          onChange={(event) => set("summary", event.currentTarget.value)}
          error={errors.summary}
        />
        <Textarea
          label={label("legalBasis")}
          description={
            consent
              ? t("caseActionsPage.lawEnforcement.legalBasisOptional")
              : t("caseActionsPage.lawEnforcement.legalBasisNeeded")
          }
          autosize
          minRows={2}
          maxLength={500}
          value={values.legalBasis}
          onChange={(event) => set("legalBasis", event.currentTarget.value)}
          error={errors.legalBasis}
          required={!consent}
        />
        <FormError error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("caseActionsPage.lawEnforcement.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
