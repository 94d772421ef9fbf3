import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { casePath, useCaseMutation } from "../case-api.js";
import type { PlanInput, SupportPlan } from "../case-types.js";
import { FormError } from "../FormError.js";
import { errorsUnder } from "../field-errors.js";
import { VocabSelect } from "../inputs.js";

interface PlanFormProps {
  caseId: string;
  /** The plan to change; without one a new plan is added. */
  plan?: SupportPlan;
  onDone: () => void;
}

export function PlanForm({ caseId, plan, onDone }: PlanFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    planType: plan?.planType ?? null,
    objectives: plan?.objectives ?? "",
    actionPlan: plan?.actionPlan ?? "",
    plannedEndOn: plan?.plannedEndOn ?? "",
    actualEndOn: plan?.actualEndOn ?? "",
  });
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const save = useCaseMutation(
    (body: PlanInput) =>
      plan
        ? api.patch(`/api/support-plans/${encodeURIComponent(plan.id)}`, body)
        : api.post(`${casePath(caseId)}/plans`, body),
    onDone,
  );
  const errors = errorsUnder(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      planType: values.planType as PlanInput["planType"],
      objectives: values.objectives.trim() || null,
      actionPlan: values.actionPlan.trim() || null,
      plannedEndOn: values.plannedEndOn || null,
      actualEndOn: values.actualEndOn || null,
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={plan ? t("casePage.plans.edit") : t("casePage.plans.add")}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <VocabSelect
            list="supportPlanType"
            label={t("fields.planType")}
            value={values.planType}
            onChange={(value) => set("planType", value)}
            error={errors.planType}
            required
          />
          <TextInput
            type="date"
            label={t("fields.plannedEndOn")}
            value={values.plannedEndOn}
            onChange={(event) => set("plannedEndOn", event.currentTarget.value)}
            error={errors.plannedEndOn}
          />
          <TextInput
            type="date"
            label={t("fields.actualEndOn")}
            value={values.actualEndOn}
            onChange={(event) => set("actualEndOn", event.currentTarget.value)}
            error={errors.actualEndOn}
          />
        </SimpleGrid>
        <Textarea
          label={t("casePage.plans.objectives")}
          autosize
          minRows={2}
          value={values.objectives}
          onChange={(event) => set("objectives", event.currentTarget.value)}
          error={errors.objectives}
        />
        <Textarea
          label={t("casePage.plans.actionPlan")}
          autosize
          minRows={3}
          value={values.actionPlan}
          onChange={(event) => set("actionPlan", event.currentTarget.value)}
          error={errors.actionPlan}
        />
        <FormError error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!values.planType}>
            {plan ? t("common.save") : t("casePage.plans.add")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
