import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SuccessAlert } from "../../../components/SuccessAlert.js";
import type { CaseDetail, CasePerson } from "../case-types.js";
import { AddPersonForm } from "./AddPersonForm.js";
import { LinkedPersonCard } from "./LinkedPersonCard.js";

interface CasePeopleSectionProps {
  item: CaseDetail;
  /** Everyone in the case but the person the case is about. */
  others: CasePerson[];
  canWrite: boolean;
}

/** Family members, perpetrators and others in the case, and a way to add one. */
export function CasePeopleSection({ item, others, canWrite }: CasePeopleSectionProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);
  return (
    <Stack gap="sm" component="section" aria-labelledby="case-people-title">
      <Group justify="space-between">
        <Title order={3} size="h4" id="case-people-title">
          {t("casePage.person.others")}
        </Title>
        {canWrite && !adding && !item.identifyingErased ? (
          <Button
            variant="default"
            onClick={() => {
              setAdded(false);
              setAdding(true);
            }}
          >
            {t("casePeople.add")}
          </Button>
        ) : null}
      </Group>
      {added ? <SuccessAlert>{t("casePeople.added")}</SuccessAlert> : null}
      {adding ? (
        <AddPersonForm
          item={item}
          onDone={(saved) => {
            setAdding(false);
            setAdded(saved);
          }}
        />
      ) : null}
      {others.length === 0 ? <Text>{t("casePeople.none")}</Text> : null}
      {others.map((entry) => (
        <LinkedPersonCard key={entry.person.id} item={item} entry={entry} canWrite={canWrite} />
      ))}
    </Stack>
  );
}
