import { Button, Fieldset, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "../../../shared/i18n/languages.js";
import { LANGUAGE_NAMES } from "../../i18n.js";
import type { AssistanceTypeItem } from "../cases/case-types.js";
import { FormError } from "../cases/FormError.js";
import { errorsUnder } from "../cases/field-errors.js";
import { suggestCode, useCreateAssistanceType, useUpdateAssistanceType } from "./assistance-type-api.js";

type Labels = Record<Language, string>;

const noLabels = (): Labels => ({ en: "", uk: "", ru: "", pl: "", ro: "" });

interface AssistanceTypeFormProps {
  /** One of the organisation's own types, to rename; without one a type is added. */
  item?: AssistanceTypeItem;
  onDone: (item: AssistanceTypeItem | null) => void;
}

/** An organisation's own type of assistance: a code for exports and reports, and a name in every language. */
export function AssistanceTypeForm({ item, onDone }: AssistanceTypeFormProps) {
  const { t } = useTranslation();
  const [labels, setLabels] = useState<Labels>(() => ({ ...noLabels(), ...(item?.labels ?? {}) }));
  const [code, setCode] = useState(item?.code ?? "");
  // Until the code is typed by hand, it follows the English name.
  const [codeTouched, setCodeTouched] = useState(false);
  const create = useCreateAssistanceType(onDone);
  const update = useUpdateAssistanceType(onDone);
  const save = item ? update : create;
  const errors = errorsUnder(save.error);
  const setLabel = (lang: Language, value: string) => {
    setLabels((current) => ({ ...current, [lang]: value }));
    if (lang === "en" && !item && !codeTouched) setCode(suggestCode(value));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = Object.fromEntries(LANGUAGES.map((lang) => [lang, labels[lang].trim()])) as Labels;
    if (item) update.mutate({ code: item.code, patch: { labels: trimmed } });
    else create.mutate({ code: code.trim(), labels: trimmed });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Fieldset legend={t("assistanceTypes.names")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {LANGUAGES.map((lang, index) => (
              <TextInput
                key={lang}
                label={LANGUAGE_NAMES[lang]}
                labelProps={{ lang }}
                lang={lang}
                required
                value={labels[lang]}
                onChange={(event) => setLabel(lang, event.currentTarget.value)}
                error={errors[`labels.${lang}`]}
                data-autofocus={index === 0 ? true : undefined}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        {item ? null : (
          <TextInput
            label={t("assistanceTypes.code")}
            description={t("assistanceTypes.codeHint")}
            required
            value={code}
            onChange={(event) => {
              setCodeTouched(true);
              setCode(event.currentTarget.value);
            }}
            error={errors.code}
            autoComplete="off"
            spellCheck={false}
          />
        )}
        <FormError error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(null)}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {item ? t("common.save") : t("assistanceTypes.addSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
