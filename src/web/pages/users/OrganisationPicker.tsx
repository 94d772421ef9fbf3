import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useOrganisationOptions } from "./users.js";

interface OrganisationPickerProps {
  value: string | null;
  onChange: (id: string | null) => void;
  label?: string;
  placeholder?: string;
  clearable?: boolean;
  error?: string;
}

/** For deployment administrators, who work across organisations. */
export function OrganisationPicker({ value, onChange, label, placeholder, clearable, error }: OrganisationPickerProps) {
  const { t } = useTranslation();
  const options = useOrganisationOptions(true);
  return (
    <Select
      label={label ?? t("fields.organisationId")}
      placeholder={placeholder}
      data={options.data ?? []}
      value={value}
      onChange={onChange}
      searchable
      clearable={clearable}
      clearButtonProps={{ "aria-label": t("common.clear") }}
      nothingFoundMessage={t("common.noResults")}
      error={error}
    />
  );
}
