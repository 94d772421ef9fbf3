import { Button, Checkbox, Group, Modal, Stack, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "./FormError.js";
import { errorsUnder } from "./field-errors.js";

interface ReasonModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  reasonLabel: string;
  submitLabel: string;
  /** Offers the "referred on" box of a closure request. */
  withReferred?: boolean;
  loading: boolean;
  error: unknown;
  onSubmit: (reason: string, referred: boolean) => void;
}

/** A workflow step that needs a reason: closing, returning or reopening a case. */
export function ReasonModal(props: ReasonModalProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [referred, setReferred] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit(reason.trim(), referred);
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
          <Textarea
            label={props.reasonLabel}
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errorsUnder(props.error).reason}
            data-autofocus
          />
          {props.withReferred ? (
            <Checkbox
              label={t("casePage.workflow.referred")}
              description={t("casePage.workflow.referredHint")}
              checked={referred}
              onChange={(event) => setReferred(event.currentTarget.checked)}
            />
          ) : null}
          <FormError error={props.error} />
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
