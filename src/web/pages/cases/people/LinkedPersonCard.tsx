import { Badge, Button, Card, Group, Stack, Title } from "@mantine/core";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { SuccessAlert } from "../../../components/SuccessAlert.js";
import type { CaseDetail, CasePerson } from "../case-types.js";
import type { Fact } from "../Facts.js";
import { FormError } from "../FormError.js";
import { errorsUnder } from "../field-errors.js";
import { focusLater, useFocusFirstField } from "../focus.js";
import { useVocab } from "../vocab.js";
import { EraseAction } from "./EraseAction.js";
import { LinkFields } from "./LinkFields.js";
import { fromLink, type LinkValues, toLink } from "./link-form.js";
import { PersonEditForm } from "./PersonEditForm.js";
import { PersonFacts } from "./PersonFacts.js";
import { useSaveCasePerson } from "./people-api.js";
import { RemoveFromCaseAction } from "./RemoveFromCaseAction.js";

type Mode = "view" | "link" | "details";

function LinkForm({ item, entry, onDone }: { item: CaseDetail; entry: CasePerson; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstField(form);
  const [values, setValues] = useState<LinkValues>(() => fromLink(entry));
  const save = useSaveCasePerson(item.id, () => onDone(true));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ role: entry.role, personId: entry.person.id, ...toLink(values, entry.role, true) });
  };
  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={t("casePeople.changeLink")}>
      <Stack>
        <LinkFields role={entry.role} values={values} onChange={setValues} errors={errorsUnder(save.error)} />
        <FormError error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
          <Button variant="default" onClick={() => onDone(false)}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One person beside the victim: who they are to the case and, for a perpetrator, what part they played. */
export function LinkedPersonCard({
  item,
  entry,
  canWrite,
}: {
  item: CaseDetail;
  entry: CasePerson;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const [mode, setMode] = useState<Mode>("view");
  const [notice, setNotice] = useState<string | null>(null);
  const { person } = entry;
  const name = person.erased ? t("casePage.erased") : person.displayName || t("intake.unnamed");
  const extra: Fact[] = [{ label: t("fields.relationship"), value: entry.relationship ?? "" }];
  if (entry.role === "perpetrator") {
    extra.push(
      {
        label: t("fields.perpetratorRoles"),
        value: vocab.labels("perpetratorRole", entry.perpetrator?.perpetratorRoles),
      },
      {
        label: t("fields.roleDetails"),
        value: entry.perpetrator?.roleDetails ?? (item.identifyingErased ? t("casePage.erased") : ""),
      },
    );
  }
  const titleId = `case-person-${person.id}`;
  const done = (message: string | null) => {
    setMode("view");
    setNotice(message);
    focusLater(titleId);
  };
  const editable = canWrite && !item.identifyingErased && !person.mergedInto;

  return (
    <Card withBorder padding="sm" component="article" aria-label={name}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Title order={4} size="h5" id={titleId} tabIndex={-1} style={{ overflowWrap: "anywhere" }}>
            {name}
          </Title>
          <Badge variant="light" tt="none" miw="max-content">
            {vocab.label("personRoleInCase", entry.role)}
          </Badge>
        </Group>
        {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
        {mode === "link" ? (
          <LinkForm item={item} entry={entry} onDone={(saved) => done(saved ? t("common.saved") : null)} />
        ) : null}
        {mode === "details" ? (
          <PersonEditForm entry={entry} onSaved={() => done(t("common.saved"))} onCancel={() => done(null)} />
        ) : null}
        {mode === "view" ? (
          <>
            <PersonFacts person={person} short extra={extra} />
            {editable ? (
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setMode("link")}
                  aria-label={t("casePeople.changeLinkNamed", { name })}
                >
                  {t("casePeople.changeLink")}
                </Button>
                {person.erased ? null : (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setMode("details")}
                    aria-label={t("casePeople.editNamed", { name })}
                  >
                    {t("casePage.person.edit")}
                  </Button>
                )}
                <RemoveFromCaseAction item={item} entry={entry} name={name} />
                <EraseAction person={person} onErased={() => done(t("casePeople.erase.done"))} />
              </Group>
            ) : null}
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
