import { Button, Group, Stack } from "@mantine/core";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { useCaseMutation } from "../case-api.js";
import type { CasePerson, PersonPatch } from "../case-types.js";
import { FormError } from "../FormError.js";
import { errorsUnder } from "../field-errors.js";
import { useFocusFirstField } from "../focus.js";
import { PersonFields } from "../PersonFields.js";
import { fromPerson, type PersonFormValues, toPersonPatch } from "../person-form.js";

interface PersonEditFormProps {
  entry: CasePerson;
  onSaved: () => void;
  onCancel: () => void;
}

/** Changes a person's details; only what the form changed is sent. */
export function PersonEditForm({ entry, onSaved, onCancel }: PersonEditFormProps) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstField(form);
  const [values, setValues] = useState<PersonFormValues>(() => fromPerson(entry.person));
  const save = useCaseMutation(
    (body: PersonPatch) => api.patch(`/api/people/${encodeURIComponent(entry.person.id)}`, body),
    onSaved,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const patch = toPersonPatch(values, entry.person);
    // Only the version: nothing changed, and a save would only add an empty line to the history.
    if (Object.keys(patch).length === 1) onCancel();
    else save.mutate(patch);
  };
  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={t("casePage.person.edit")}>
      <Stack>
        <PersonFields
          values={values}
          onChange={setValues}
          errors={errorsUnder(save.error)}
          identityErased={entry.person.erased}
          extended
        />
        <FormError error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
