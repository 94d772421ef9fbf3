import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import type { TabProps } from "../CasePage.js";
import { useCaseItems } from "../case-api.js";
import type { SupportPlan } from "../case-types.js";
import { Facts } from "../Facts.js";
import { formatDate } from "../format.js";
import { useVocab } from "../vocab.js";
import { PlanForm } from "./PlanForm.js";

/** The case's support plans (HTCDS spl_), each with its objectives, action plan and end dates. */
export function PlansSection({ item, canWrite }: TabProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const plans = useCaseItems<SupportPlan>(item.id, "plans");
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const sealed = (text: string | null) =>
    text ??
    (item.identifyingErased ? (
      <Text span c="dimmed">
        {t("casePage.erased")}
      </Text>
    ) : (
      ""
    ));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t("casePage.plans.title")}
        </Title>
        {canWrite && editing === null ? (
          <Button variant="default" onClick={() => setEditing("new")}>
            {t("casePage.plans.add")}
          </Button>
        ) : null}
      </Group>
      {editing === "new" ? <PlanForm caseId={item.id} onDone={() => setEditing(null)} /> : null}
      <ErrorAlert error={plans.error} />
      {plans.isSuccess && plans.data.items.length === 0 ? <Text>{t("casePage.plans.empty")}</Text> : null}
      {(plans.data?.items ?? []).map((plan) => (
        <Card key={plan.id} withBorder padding="sm" component="article">
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5">
              {vocab.label("supportPlanType", plan.planType)}
            </Title>
            {canWrite && editing === null ? (
              <Button size="xs" variant="default" onClick={() => setEditing(plan.id)}>
                {t("casePage.plans.edit")}
              </Button>
            ) : null}
          </Group>
          {editing === plan.id ? (
            <PlanForm caseId={item.id} plan={plan} onDone={() => setEditing(null)} />
          ) : (
            <Facts
              facts={[
                { label: t("casePage.plans.objectives"), value: sealed(plan.objectives) },
                { label: t("casePage.plans.actionPlan"), value: sealed(plan.actionPlan) },
                { label: t("fields.plannedEndOn"), value: formatDate(plan.plannedEndOn, vocab.lang) },
                { label: t("fields.actualEndOn"), value: formatDate(plan.actualEndOn, vocab.lang) },
              ]}
            />
          )}
        </Card>
      ))}
    </Stack>
  );
}
