import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { can, useSession } from "../../api/session.js";
import { useCaseworkers } from "../cases/AssignAction.js";
import type { Option } from "../cases/vocab.js";

interface AssigneeSelectProps {
  value: string | null;
  onChange: (value: string | null) => void;
  /** The name of the person assigned now, for an assignee the list would not otherwise show. */
  currentName?: string | null;
  error?: string;
}

/**
 * Who a task is for. Choosing a colleague needs the list of the organisation's users (user.read, which
 * supervisors hold); everyone else can take a task on themselves or leave it unassigned.
 */
export function AssigneeSelect({ value, onChange, currentName, error }: AssigneeSelectProps) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const canChoose = can(session, "user.read");
  const colleagues = useCaseworkers(canChoose);
  const me = session?.user.id;
  const options: Option[] = canChoose
    ? [...(colleagues.data ?? [])]
    : me
      ? [{ value: me, label: t("casePage.tasks.me") }]
      : [];
  // Someone assigned earlier stays visible (and chosen) even when they are not on offer.
  if (value && !options.some((option) => option.value === value)) {
    options.push({ value, label: value === me ? t("casePage.tasks.me") : (currentName ?? t("tasks.unassigned")) });
  }
  return (
    <Select
      label={t("fields.assigneeUserId")}
      description={canChoose ? undefined : t("casePage.tasks.onlyMe")}
      placeholder={t("tasks.unassigned")}
      data={options}
      value={value}
      onChange={onChange}
      searchable={options.length > 8}
      clearable
      clearButtonProps={{ "aria-label": t("common.clear") }}
      nothingFoundMessage={t("common.noResults")}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
