import { Button, Card, Group, Radio, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseDetail, PersonMatch } from "../case-types.js";
import { FormError } from "../FormError.js";
import { errorsUnder } from "../field-errors.js";
import { PersonFields } from "../PersonFields.js";
import { EMPTY_PERSON, type PersonFormValues, toPersonInput } from "../person-form.js";
import { useVocab } from "../vocab.js";
import { LinkFields } from "./LinkFields.js";
import { EMPTY_LINK, type LinkValues, toLink } from "./link-form.js";
import { PersonSearch } from "./PersonSearch.js";
import { type CasePersonInput, useSaveCasePerson } from "./people-api.js";

/** Roles of people added beside the victim the case was opened for. */
const ROLES = ["family_member", "perpetrator", "other"] as const;

interface AddPersonFormProps {
  item: CaseDetail;
  onDone: (added: boolean) => void;
}

/** Adds a family member, a perpetrator or someone else: a new person, or one already registered. */
export function AddPersonForm({ item, onDone }: AddPersonFormProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const [role, setRole] = useState<string>("family_member");
  const [source, setSource] = useState<"new" | "existing">("new");
  const [person, setPerson] = useState<PersonFormValues>(EMPTY_PERSON);
  const [existing, setExisting] = useState<PersonMatch | null>(null);
  const [link, setLink] = useState<LinkValues>(EMPTY_LINK);
  const save = useSaveCasePerson(item.id, () => onDone(true));
  const errors = errorsUnder(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (source === "existing" && !existing) return;
    const who = source === "existing" && existing ? { personId: existing.personId } : { person: toPersonInput(person) };
    save.mutate({ role: role as CasePersonInput["role"], ...who, ...toLink(link, role, false) });
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="add-person-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h4" id="add-person-title">
            {t("casePeople.add")}
          </Title>
          <Radio.Group label={t("casePeople.role")} value={role} onChange={setRole} required error={errors.role}>
            <Group gap="lg" mt={6}>
              {ROLES.map((value) => (
                <Radio key={value} value={value} label={vocab.label("personRoleInCase", value)} />
              ))}
            </Group>
          </Radio.Group>
          <Radio.Group
            label={t("casePeople.who")}
            value={source}
            onChange={(value) => setSource(value as "new" | "existing")}
          >
            <Group gap="lg" mt={6}>
              <Radio value="new" label={t("casePeople.newPerson")} />
              <Radio value="existing" label={t("casePeople.existingPerson")} />
            </Group>
          </Radio.Group>
          {source === "new" ? (
            <PersonFields values={person} onChange={setPerson} errors={errorsUnder(save.error, "body.person.")} />
          ) : existing ? (
            <Card withBorder padding="sm">
              <Group justify="space-between" wrap="wrap">
                <Stack gap={2}>
                  <Text fw={600}>{existing.displayName || t("intake.unnamed")}</Text>
                  {existing.birthYear ? (
                    <Text size="sm">{t("intake.bornIn", { year: existing.birthYear })}</Text>
                  ) : null}
                </Stack>
                <Button variant="default" size="xs" onClick={() => setExisting(null)}>
                  {t("casePeople.chooseOther")}
                </Button>
              </Group>
            </Card>
          ) : (
            <PersonSearch exclude={item.people.map((entry) => entry.person.id)} onPick={setExisting} />
          )}
          <LinkFields role={role} values={link} onChange={setLink} errors={errors} />
          <FormError error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending} disabled={source === "existing" && !existing}>
              {t("casePeople.addSubmit")}
            </Button>
            <Button variant="default" onClick={() => onDone(false)}>
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
