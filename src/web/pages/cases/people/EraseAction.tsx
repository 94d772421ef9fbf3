import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { can, useSession } from "../../../api/session.js";
import type { Person } from "../case-types.js";
import { FormError } from "../FormError.js";
import { errorsUnder } from "../field-errors.js";
import { type ErasureReport, useErasePerson } from "./people-api.js";

const MIN_REASON = 3;

interface EraseActionProps {
  person: Person;
  onErased: (report: ErasureReport) => void;
}

/**
 * Erasure on request, for those who may (supervisors). The dialog says plainly what is lost and what
 * stays before anything happens, and asks for the reason, which goes to the audit trail.
 */
export function EraseAction({ person, onErased }: EraseActionProps) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState("");
  const [tooShort, setTooShort] = useState(false);
  const erase = useErasePerson(person.id, (report) => {
    setOpened(false);
    onErased(report);
  });
  if (!can(session, "person.erase") || person.erased || person.mergedInto) return null;
  const name = person.displayName || t("intake.unnamed");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const short = reason.trim().length < MIN_REASON;
    setTooShort(short);
    if (!short) erase.mutate(reason.trim());
  };

  return (
    <>
      <Button
        variant="subtle"
        color="red"
        onClick={() => {
          erase.reset();
          setReason("");
          setTooShort(false);
          setOpened(true);
        }}
        aria-label={t("casePeople.erase.buttonNamed", { name })}
      >
        {t("casePeople.erase.button")}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t("casePeople.erase.title", { name })}
        closeButtonProps={{ "aria-label": t("common.close") }}
        size="lg"
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <Alert color="red" variant="light" title={t("casePeople.erase.forGood")}>
              <List size="sm" spacing={4}>
                <List.Item>{t("casePeople.erase.lost")}</List.Item>
                <List.Item>{t("casePeople.erase.victimCases")}</List.Item>
                <List.Item>{t("casePeople.erase.noUndo")}</List.Item>
              </List>
            </Alert>
            <Text size="sm">{t("casePeople.erase.kept")}</Text>
            <Textarea
              label={t("casePeople.erase.reason")}
              description={t("casePeople.erase.reasonHint")}
              required
              autosize
              minRows={2}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={tooShort ? t("casePeople.erase.reasonRequired") : errorsUnder(erase.error).reason}
              data-autofocus
            />
            <FormError error={erase.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" color="red" loading={erase.isPending}>
                {t("casePeople.erase.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
