import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorsUnder } from "../../cases/field-errors.js";
import { ActivityError } from "../ActivityError.js";

interface ReasonDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  intro?: string;
  reasonLabel: string;
  submitLabel: string;
  loading: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
}

/** A step that needs a reason in words: sending an activity back, unlocking a month. */
export function ReasonDialog(props: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit(reason.trim());
  };
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {props.intro ? <Text size="sm">{props.intro}</Text> : null}
          <Textarea
            label={props.reasonLabel}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errorsUnder(props.error).reason}
            data-autofocus
          />
          <ActivityError error={props.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={props.loading}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
