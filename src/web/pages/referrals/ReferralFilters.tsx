import { Group, NativeSelect, Switch } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { REFERRAL_STATUSES } from "../../../shared/referrals/status.js";
import { REFERRAL_URGENCIES } from "../../../shared/referrals/vocab.js";
import type { QueryValue } from "../../api/client.js";
import { useReferralLabels } from "./referral-labels.js";

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | "" =>
  value && (allowed as readonly string[]).includes(value) ? (value as T) : "";

/**
 * The list's filters, kept in the address (codes only, never a name) so that a reload or a shared link shows
 * the same list. Replacing, not pushing: the back button leaves the page.
 */
export function useReferralFilters() {
  const [params, setParams] = useSearchParams();
  const values = {
    status: pick(params.get("status"), REFERRAL_STATUSES),
    urgency: pick(params.get("urgency"), REFERRAL_URGENCIES),
    overdue: params.get("overdue") === "1",
  };
  const change = (next: Partial<typeof values>) => {
    const merged = { ...values, ...next };
    const query = new URLSearchParams();
    if (merged.status) query.set("status", merged.status);
    if (merged.urgency) query.set("urgency", merged.urgency);
    if (merged.overdue) query.set("overdue", "1");
    setParams(query, { replace: true });
  };
  const query: Record<string, QueryValue> = {
    status: values.status,
    urgency: values.urgency,
    overdue: values.overdue ? "true" : undefined,
  };
  return { values, change, query };
}

export function ReferralFilters({ filters }: { filters: ReturnType<typeof useReferralFilters> }) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const { values, change } = filters;
  const any = { value: "", label: t("referralsPage.filters.any") };
  return (
    <Group gap="md" wrap="wrap" align="flex-end" role="group" aria-label={t("referralsPage.filters.label")}>
      <NativeSelect
        label={t("referralsPage.filters.status")}
        value={values.status}
        onChange={(event) => change({ status: pick(event.currentTarget.value, REFERRAL_STATUSES) })}
        data={[any, ...REFERRAL_STATUSES.map((value) => ({ value, label: labels.status(value) }))]}
      />
      <NativeSelect
        label={t("referralsPage.filters.urgency")}
        value={values.urgency}
        onChange={(event) => change({ urgency: pick(event.currentTarget.value, REFERRAL_URGENCIES) })}
        data={[any, ...REFERRAL_URGENCIES.map((value) => ({ value, label: labels.urgency(value) }))]}
      />
      <Switch
        label={t("referralsPage.filters.overdue")}
        checked={values.overdue}
        onChange={(event) => change({ overdue: event.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
