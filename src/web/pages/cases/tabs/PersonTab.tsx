import { Button, Group, List, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { SuccessAlert } from "../../../components/SuccessAlert.js";
import type { TabProps } from "../CasePage.js";
import { useCaseMutation } from "../case-api.js";
import type { CasePerson, PersonPatch } from "../case-types.js";
import { Facts } from "../Facts.js";
import { FormError } from "../FormError.js";
import { errorsUnder } from "../field-errors.js";
import { formatDate } from "../format.js";
import { PersonFields } from "../PersonFields.js";
import { fromPerson, type PersonFormValues, toPersonPatch } from "../person-form.js";
import { useVocab } from "../vocab.js";

export function primaryPerson(item: TabProps["item"]): CasePerson | undefined {
  return item.people.find((entry) => entry.person.id === item.personId) ?? item.people[0];
}

function PersonFacts({ entry }: { entry: CasePerson }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const { person } = entry;
  const identity = person.identity;
  const erased = (
    <Text span c="dimmed">
      {t("casePage.erased")}
    </Text>
  );
  const birth = identity?.birthDate
    ? formatDate(identity.birthDate, vocab.lang)
    : person.birthYear
      ? `${person.birthYear}${person.birthYearEstimated ? ` (${t("casePage.estimated")})` : ""}`
      : "";
  return (
    <Facts
      facts={[
        { label: t("casePage.person.name"), value: person.erased ? erased : person.displayName },
        { label: t("fields.otherNames"), value: person.erased ? erased : (identity?.otherNames ?? []).join(", ") },
        { label: t("casePage.person.birth"), value: person.erased && !person.birthYear ? erased : birth },
        { label: t("casePage.person.ageBand"), value: vocab.label("ageBand", person.ageBand) },
        { label: t("fields.phones"), value: person.erased ? erased : (identity?.phones ?? []).join(", ") },
        { label: t("fields.gender"), value: vocab.label("gender", person.gender) },
        { label: t("fields.sex"), value: vocab.label("sex", person.sex) },
        { label: t("fields.citizenships"), value: vocab.countries(person.citizenships) },
        { label: t("fields.primaryLanguage"), value: vocab.label("language", person.primaryLanguage) },
        { label: t("fields.languages"), value: vocab.labels("language", person.languages) },
        { label: t("fields.migrationStatuses"), value: vocab.labels("migrationStatus", person.migrationStatuses) },
        { label: t("fields.vulnerabilityFlags"), value: vocab.labels("vulnerabilityFlag", person.vulnerabilityFlags) },
      ]}
    />
  );
}

function PersonEditForm({
  entry,
  onSaved,
  onCancel,
}: {
  entry: CasePerson;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
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
    <form onSubmit={submit} noValidate>
      <Stack>
        <PersonFields
          values={values}
          onChange={setValues}
          errors={errorsUnder(save.error)}
          identityErased={entry.person.erased}
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

export function PersonTab({ item, canWrite }: TabProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const entry = primaryPerson(item);
  const others = item.people.filter((other) => other !== entry);
  if (!entry) return <Text>{t("casePage.person.none")}</Text>;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t("casePage.tabs.person")}
        </Title>
        {canWrite && !editing && !entry.person.mergedInto ? (
          <Button
            variant="default"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t("casePage.person.edit")}
          </Button>
        ) : null}
      </Group>
      {saved && !editing ? <SuccessAlert>{t("common.saved")}</SuccessAlert> : null}
      {editing ? (
        <PersonEditForm
          entry={entry}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : (
        <PersonFacts entry={entry} />
      )}
      {others.length > 0 ? (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t("casePage.person.others")}
          </Title>
          <List>
            {others.map((other) => (
              <List.Item key={other.person.id}>
                {other.person.erased ? t("casePage.erased") : other.person.displayName}
                {" · "}
                {vocab.label("personRoleInCase", other.role)}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
    </Stack>
  );
}
