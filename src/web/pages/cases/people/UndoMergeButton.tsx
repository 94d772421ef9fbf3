import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ConfirmAction } from "../../../components/ConfirmAction.js";
import { FormError } from "../FormError.js";
import { useUndoMerge } from "./people-api.js";

/** Undoes a merge from the case history, later on, when it turns out the two records were two people. */
export function UndoMergeButton({ mergeId }: { mergeId: string }) {
  const { t } = useTranslation();
  const undo = useUndoMerge(() => undefined);
  return (
    <Stack gap={4} align="flex-start">
      <ConfirmAction
        label={t("casePeople.merge.undo")}
        title={t("casePeople.merge.undoTitle")}
        message={t("casePeople.merge.undoText")}
        variant="default"
        loading={undo.isPending}
        onConfirm={() => undo.mutate(mergeId)}
      />
      <FormError error={undo.error} titled={false} />
    </Stack>
  );
}
