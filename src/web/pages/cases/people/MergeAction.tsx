import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Person, PersonMatch } from "../case-types.js";
import { FormError } from "../FormError.js";
import { PersonSearch } from "./PersonSearch.js";
import { type MergeResult, useMergePerson } from "./people-api.js";

export interface MergeDone extends MergeResult {
  /** The record merged away, as it was named when chosen. */
  mergedName: string;
}

interface MergeActionProps {
  person: Person;
  /** People already in this case: they cannot be merged into someone of the same case. */
  exclude: string[];
  onMerged: (done: MergeDone) => void;
}

/**
 * "This is the same person as…": find the other record, confirm, merge it into this one. The other
 * record's cases move here; the merge can be undone.
 */
export function MergeAction({ person, exclude, onMerged }: MergeActionProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [chosen, setChosen] = useState<PersonMatch | null>(null);
  const merge = useMergePerson(person.id, (result) => {
    setOpened(false);
    onMerged({ ...result, mergedName: chosen?.displayName || t("intake.unnamed") });
  });
  const name = person.displayName || t("intake.unnamed");
  const chosenName = chosen ? chosen.displayName || t("intake.unnamed") : "";

  return (
    <>
      <Button
        variant="default"
        onClick={() => {
          merge.reset();
          setChosen(null);
          setOpened(true);
        }}
      >
        {t("casePeople.merge.button")}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t("casePeople.merge.title", { name })}
        closeButtonProps={{ "aria-label": t("common.close") }}
        size="lg"
      >
        {chosen ? (
          <Stack>
            <Text>{t("casePeople.merge.confirm", { merged: chosenName, kept: name })}</Text>
            <Text size="sm">
              {chosen.caseNumbers.length > 0
                ? t("casePeople.merge.casesMove", {
                    numbers: chosen.caseNumbers.join(", "),
                    count: chosen.caseNumbers.length,
                  })
                : t("casePeople.merge.noCases")}
            </Text>
            <Text size="sm">{t("casePeople.merge.undoable")}</Text>
            <FormError error={merge.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setChosen(null)}>
                {t("casePeople.merge.back")}
              </Button>
              <Button loading={merge.isPending} onClick={() => merge.mutate(chosen.personId)} data-autofocus>
                {t("casePeople.merge.submit")}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack>
            <Text size="sm">{t("casePeople.merge.intro", { name })}</Text>
            <PersonSearch exclude={[person.id, ...exclude]} onPick={setChosen} autoFocus />
          </Stack>
        )}
      </Modal>
    </>
  );
}
