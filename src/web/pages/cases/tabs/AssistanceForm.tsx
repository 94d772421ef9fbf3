import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ASSISTANCE_STATUSES } from "../../../../shared/htcds/index.js";
import { api } from "../../../api/client.js";
import { useSession } from "../../../api/session.js";
import { useAssistanceTypes } from "../assistance-types.js";
import { casePath, useCaseMutation } from "../case-api.js";
import type { AssistanceInput, AssistanceRecord, SupportPlan } from "../case-types.js";
import { FormError } from "../FormError.js";
import { errorsUnder } from "../field-errors.js";
import { todayLocal } from "../format.js";
import { VocabSelect } from "../inputs.js";
import { useVocab } from "../vocab.js";

/** "12,5" and "12.5" both mean twelve and a half; an empty field means not recorded. */
export function parseAmount(text: string): number | null {
  const cleaned = text.replace(/\s/g, "").replace(",", ".");
  if (!cleaned) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : Number.NaN;
}

function useCurrencies(lang: string) {
  return useMemo(() => {
    const names = new Intl.DisplayNames([lang], { type: "currency", fallback: "code" });
    return Intl.supportedValuesOf("currency").map((code) => ({
      value: code,
      label: `${code} · ${names.of(code) ?? code}`,
    }));
  }, [lang]);
}

const empty = () => ({
  assistanceType: null as string | null,
  status: "provided" as string | null,
  providedOn: todayLocal(),
  byOwnOrganisation: true,
  providerName: "",
  planId: null as string | null,
  quantity: "",
  unit: null as string | null,
  cost: "",
  currency: null as string | null,
  note: "",
});

type Values = ReturnType<typeof empty>;

/** A stored amount as the field shows it (the field reads a decimal point or a comma alike). */
const amountText = (value: number | null) => (value === null ? "" : String(value));

function fromRecord(record: AssistanceRecord): Values {
  return {
    assistanceType: record.assistanceType,
    status: record.status,
    providedOn: record.providedOn ?? todayLocal(),
    // A record without any provider stays without one: ticking "my organisation" would add it on save.
    byOwnOrganisation: record.providerOrganisationId !== null,
    providerName: record.providerName ?? "",
    planId: record.planId,
    quantity: amountText(record.quantity),
    unit: record.unit,
    cost: amountText(record.cost),
    currency: record.currency,
    note: record.note ?? "",
  };
}

interface AssistanceFormProps {
  caseId: string;
  plans: SupportPlan[];
  /** The record to change; without one a new record is added. */
  record?: AssistanceRecord;
  onDone: () => void;
}

/** One item of direct assistance, planned or provided, with who provided it, how much and at what cost. */
export function AssistanceForm({ caseId, plans, record, onDone }: AssistanceFormProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const { data: session } = useSession();
  const types = useAssistanceTypes();
  const currencies = useCurrencies(vocab.lang);
  const [values, setValues] = useState<Values>(() => (record ? fromRecord(record) : empty()));
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  // Every field is sent on a change too: the server records only those that differ in the history.
  const save = useCaseMutation(
    (body: AssistanceInput) =>
      record
        ? api.patch(`/api/assistance/${encodeURIComponent(record.id)}`, body)
        : api.post(`${casePath(caseId)}/assistance`, body),
    onDone,
  );
  // A record keeps a type disabled since it was recorded; it is still offered for that record.
  const typeOptions =
    record && !types.options.some((option) => option.value === record.assistanceType)
      ? [...types.options, { value: record.assistanceType, label: types.label(record.assistanceType) }]
      : types.options;
  const submitLabel = record ? t("common.save") : t("casePage.assistance.add");
  const [notNumbers, setNotNumbers] = useState<Record<string, string>>({});
  const errors = { ...errorsUnder(save.error), ...notNumbers };
  const organisation = session?.user.organisation;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const quantity = parseAmount(values.quantity);
    const cost = parseAmount(values.cost);
    const wrong: Record<string, string> = {};
    if (Number.isNaN(quantity)) wrong.quantity = t("casePage.assistance.notANumber");
    if (Number.isNaN(cost)) wrong.cost = t("casePage.assistance.notANumber");
    setNotNumbers(wrong);
    if (Object.keys(wrong).length > 0) return;
    save.mutate({
      assistanceType: values.assistanceType ?? "",
      status: values.status as AssistanceInput["status"],
      providedOn: values.status === "provided" ? values.providedOn || null : null,
      planId: values.planId,
      providerOrganisationId: values.byOwnOrganisation ? (organisation?.id ?? null) : null,
      providerName: values.byOwnOrganisation ? null : values.providerName.trim() || null,
      quantity,
      unit: values.unit as AssistanceInput["unit"],
      cost,
      currency: values.currency,
      note: values.note.trim() || null,
    });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={record ? t("casePage.assistance.edit") : t("casePage.assistance.add")}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t("fields.assistanceType")}
            data={typeOptions}
            value={values.assistanceType}
            onChange={(value) => set("assistanceType", value)}
            searchable
            required
            nothingFoundMessage={t("common.noResults")}
            error={errors.assistanceType}
            comboboxProps={{ withinPortal: true }}
          />
          <VocabSelect
            list="assistanceStatus"
            label={t("fields.status")}
            value={values.status}
            onChange={(value) => set("status", value ?? ASSISTANCE_STATUSES[1])}
            error={errors.status}
            required
          />
          {values.status === "provided" ? (
            <TextInput
              type="date"
              label={t("fields.providedOn")}
              value={values.providedOn}
              onChange={(event) => set("providedOn", event.currentTarget.value)}
              error={errors.providedOn}
              required
            />
          ) : null}
        </SimpleGrid>
        <Checkbox
          label={t("casePage.assistance.byOwnOrganisation", { name: organisation?.name ?? "" })}
          checked={values.byOwnOrganisation}
          onChange={(event) => set("byOwnOrganisation", event.currentTarget.checked)}
          error={errors.providerOrganisationId}
        />
        {values.byOwnOrganisation ? null : (
          <TextInput
            label={t("fields.providerName")}
            value={values.providerName}
            onChange={(event) => set("providerName", event.currentTarget.value)}
            error={errors.providerName}
          />
        )}
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <TextInput
            inputMode="decimal"
            label={t("fields.quantity")}
            value={values.quantity}
            onChange={(event) => set("quantity", event.currentTarget.value)}
            error={errors.quantity}
          />
          <VocabSelect
            list="assistanceUnit"
            label={t("fields.unit")}
            value={values.unit}
            onChange={(value) => set("unit", value)}
            error={errors.unit}
          />
          <TextInput
            inputMode="decimal"
            label={t("fields.cost")}
            value={values.cost}
            onChange={(event) => set("cost", event.currentTarget.value)}
            error={errors.cost}
          />
          <Select
            label={t("fields.currency")}
            data={currencies}
            value={values.currency}
            onChange={(value) => set("currency", value)}
            searchable
            clearable
            clearButtonProps={{ "aria-label": t("common.clear") }}
            nothingFoundMessage={t("common.noResults")}
            error={errors.currency}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        {plans.length > 0 ? (
          <Select
            label={t("fields.planId")}
            data={plans.map((plan) => ({ value: plan.id, label: vocab.label("supportPlanType", plan.planType) }))}
            value={values.planId}
            onChange={(value) => set("planId", value)}
            clearable
            clearButtonProps={{ "aria-label": t("common.clear") }}
            error={errors.planId}
            comboboxProps={{ withinPortal: true }}
          />
        ) : null}
        <Textarea
          label={t("casePage.assistance.note")}
          autosize
          minRows={2}
          value={values.note}
          onChange={(event) => set("note", event.currentTarget.value)}
          error={errors.note}
        />
        <FormError error={save.error ?? types.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
