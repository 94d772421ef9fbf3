import { MultiSelect, Select } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { VocabularyName } from "../../../shared/htcds/index.js";
import { type Option, useVocab } from "./vocab.js";

interface SingleProps {
  label: string;
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  error?: string;
  description?: string;
  required?: boolean;
  placeholder?: string;
}

interface ManyProps {
  label: string;
  mt?: string;
  value: readonly string[] | undefined;
  onChange: (value: string[]) => void;
  error?: string;
  description?: string;
}

function OptionSelect({ data, ...props }: SingleProps & { data: Option[] }) {
  const { t } = useTranslation();
  return (
    <Select
      label={props.label}
      description={props.description}
      placeholder={props.placeholder}
      data={data}
      value={props.value ?? null}
      onChange={props.onChange}
      required={props.required}
      searchable={data.length > 8}
      clearable={!props.required}
      clearButtonProps={{ "aria-label": t("common.clear") }}
      nothingFoundMessage={t("common.noResults")}
      error={props.error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

function OptionMultiSelect({ data, ...props }: ManyProps & { data: Option[] }) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      mt={props.mt}
      label={props.label}
      description={props.description}
      data={data}
      value={[...(props.value ?? [])]}
      onChange={props.onChange}
      searchable
      clearable
      clearButtonProps={{ "aria-label": t("common.clear") }}
      nothingFoundMessage={t("common.noResults")}
      error={props.error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** One value of an HTCDS or Safepath list, by its translated label. */
export function VocabSelect({ list, ...props }: SingleProps & { list: VocabularyName }) {
  const vocab = useVocab();
  const data = useMemo(() => vocab.options(list), [vocab, list]);
  return <OptionSelect data={data} {...props} />;
}

/** Several values of a list (a multiselect field), each once. */
export function VocabMultiSelect({ list, ...props }: ManyProps & { list: VocabularyName }) {
  const vocab = useVocab();
  const data = useMemo(() => vocab.options(list), [vocab, list]);
  return <OptionMultiSelect data={data} {...props} />;
}

export function CountryPicker(props: SingleProps) {
  const vocab = useVocab();
  const data = useMemo(() => vocab.countryOptions(), [vocab]);
  return <OptionSelect data={data} {...props} />;
}

export function CountriesPicker(props: ManyProps) {
  const vocab = useVocab();
  const data = useMemo(() => vocab.countryOptions(), [vocab]);
  return <OptionMultiSelect data={data} {...props} />;
}

export function LanguagePicker(props: SingleProps) {
  const vocab = useVocab();
  const data = useMemo(() => vocab.languageOptions(), [vocab]);
  return <OptionSelect data={data} {...props} />;
}

export function LanguagesPicker(props: ManyProps) {
  const vocab = useVocab();
  const data = useMemo(() => vocab.languageOptions(), [vocab]);
  return <OptionMultiSelect data={data} {...props} />;
}
