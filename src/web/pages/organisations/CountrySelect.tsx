import { Select } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { COUNTRY_CODES } from "../../../shared/vocab/countries.js";
import { countryName } from "../../format.js";
import { currentLanguage } from "../../i18n.js";

interface CountrySelectProps {
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
  required?: boolean;
}

/** Country names in the interface language, sorted the way that language sorts, searchable by typing. */
export function CountrySelect({ value, onChange, error, required }: CountrySelectProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const data = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, lang) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
  }, [lang]);
  return (
    <Select
      label={t("fields.country")}
      placeholder={t("common.typeToSearch")}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      required={required}
      nothingFoundMessage={t("common.noResults")}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
