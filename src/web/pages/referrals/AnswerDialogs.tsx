import { Button, Group, Modal, NativeSelect, Stack, Textarea } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProvidedItemInput } from "../../../shared/api/referrals.js";
import { errorsUnder } from "../cases/field-errors.js";
import { ProvidedRows } from "./ProvidedRows.js";
import { emptyRow, type ProvidedRow, toProvided } from "./provided-rows.js";
import { WriteError } from "./WriteError.js";

interface DialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  pending: boolean;
  error: unknown;
  children: ReactNode;
  onSubmit: () => void;
  submitLabel: string;
}

/** A dialog holding one short form: full screen on a phone, where a half-height sheet leaves no room to type. */
function AnswerDialog({ opened, onClose, title, pending, error, children, onSubmit, submitLabel }: DialogProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      fullScreen={isPhone}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {children}
          <WriteError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface ReasonDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  reasonLabel: string;
  options: { value: string; label: string }[];
  pending: boolean;
  error: unknown;
  /** The field the server names when the reason is missing ("declineReason", "notCompletedReason"). */
  field: string;
  onSubmit: (reason: string, note: string | null) => void;
}

/** Declining, or closing as not completed: a reason from the list, and a note for the other organisation. */
export function ReasonDialog(props: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState(false);
  const serverErrors = errorsUnder(props.error);
  return (
    <AnswerDialog
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      pending={props.pending}
      error={props.error}
      submitLabel={props.submitLabel}
      onSubmit={() => {
        setMissing(!reason);
        if (reason) props.onSubmit(reason, note.trim() || null);
      }}
    >
      <NativeSelect
        label={props.reasonLabel}
        required
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        data={[{ value: "", label: t("referralsPage.provided.choose"), disabled: true }, ...props.options]}
        error={missing ? t("referralsPage.actions.reasonNeeded") : serverErrors[props.field]}
        data-autofocus
      />
      <Textarea
        label={t("referralsPage.actions.note")}
        description={t("referralsPage.actions.noteHint")}
        autosize
        minRows={2}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
    </AnswerDialog>
  );
}

interface CompleteDialogProps {
  opened: boolean;
  onClose: () => void;
  pending: boolean;
  error: unknown;
  onSubmit: (provided: ProvidedItemInput[], note: string | null) => void;
}

/** Completing: what was provided (it becomes assistance in the referring case) and a note. */
export function CompleteDialog(props: CompleteDialogProps) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<ProvidedRow[]>(() => [emptyRow()]);
  const [note, setNote] = useState("");
  const [problems, setProblems] = useState<Record<string, string>>({});
  const errors = { ...errorsUnder(props.error, "body.provided."), ...problems };
  return (
    <AnswerDialog
      opened={props.opened}
      onClose={props.onClose}
      title={t("referralsPage.actions.completeTitle")}
      pending={props.pending}
      error={props.error}
      submitLabel={t("referralsPage.actions.completeConfirm")}
      onSubmit={() => {
        const { items, problems: found } = toProvided(rows, {
          required: t("referralsPage.provided.required"),
          notANumber: t("referralsPage.provided.notANumber"),
          unitNeeded: t("referralsPage.provided.unitNeeded"),
        });
        setProblems(found);
        if (Object.keys(found).length === 0) props.onSubmit(items, note.trim() || null);
      }}
    >
      <ProvidedRows rows={rows} onChange={setRows} errors={errors} />
      <Textarea
        label={t("referralsPage.actions.note")}
        description={t("referralsPage.actions.noteHint")}
        autosize
        minRows={2}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
    </AnswerDialog>
  );
}
