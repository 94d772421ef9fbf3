import { Alert, Button, Divider, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SuccessAlert } from "../../../components/SuccessAlert.js";
import type { TabProps } from "../CasePage.js";
import type { CasePerson } from "../case-types.js";
import { focusLater } from "../focus.js";
import { CasePeopleSection } from "../people/CasePeopleSection.js";
import { EraseAction } from "../people/EraseAction.js";
import { MergeAction, type MergeDone } from "../people/MergeAction.js";
import { MergeNotice } from "../people/MergeNotice.js";
import { PersonEditForm } from "../people/PersonEditForm.js";
import { PersonFacts } from "../people/PersonFacts.js";

export function primaryPerson(item: TabProps["item"]): CasePerson | undefined {
  return item.people.find((entry) => entry.person.id === item.personId) ?? item.people[0];
}

type Notice = { kind: "saved" } | { kind: "merged"; done: MergeDone } | { kind: "erased"; cases: number };

/** The person the case is about, the records that may be the same person, and everyone else in the case. */
export function PersonTab({ item, canWrite }: TabProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const entry = primaryPerson(item);
  if (!entry) return <Text>{t("casePage.person.none")}</Text>;
  const { person } = entry;
  const others = item.people.filter((other) => other !== entry);
  const usable = !person.erased && !person.mergedInto;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3" id="person-title" tabIndex={-1}>
          {t("casePage.tabs.person")}
        </Title>
        {canWrite && !editing && !person.mergedInto ? (
          <Button
            variant="default"
            onClick={() => {
              setNotice(null);
              setEditing(true);
            }}
          >
            {t("casePage.person.edit")}
          </Button>
        ) : null}
      </Group>
      {notice?.kind === "saved" && !editing ? <SuccessAlert>{t("common.saved")}</SuccessAlert> : null}
      {notice?.kind === "merged" ? <MergeNotice done={notice.done} /> : null}
      {notice?.kind === "erased" ? (
        <SuccessAlert>{t("casePeople.erase.doneCases", { count: notice.cases })}</SuccessAlert>
      ) : null}
      {person.mergedInto ? (
        <Alert color="gray" variant="light" role="note">
          {t("casePeople.mergedInto")}
        </Alert>
      ) : null}
      {person.deceased ? (
        <Alert color="gray" variant="light" role="note">
          {t("casePeople.deceased")}
        </Alert>
      ) : null}
      {editing ? (
        <PersonEditForm
          entry={entry}
          onCancel={() => {
            setEditing(false);
            focusLater("person-title");
          }}
          onSaved={() => {
            setEditing(false);
            setNotice({ kind: "saved" });
            focusLater("person-title");
          }}
        />
      ) : (
        <PersonFacts person={person} />
      )}
      {!editing && usable && !item.identifyingErased ? (
        <Group gap="xs">
          {canWrite ? (
            <MergeAction
              person={person}
              exclude={others.map((other) => other.person.id)}
              onMerged={(done) => setNotice({ kind: "merged", done })}
            />
          ) : null}
          <EraseAction person={person} onErased={(report) => setNotice({ kind: "erased", cases: report.cases })} />
        </Group>
      ) : null}
      <Divider />
      <CasePeopleSection item={item} others={others} canWrite={canWrite} />
    </Stack>
  );
}
