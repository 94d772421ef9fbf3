import { Alert, Button, Code, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../FormError.js";
import type { MergeDone } from "./MergeAction.js";
import { useUndoMerge } from "./people-api.js";

/** What a merge did, its reference, and the way back while the caseworker is still looking at it. */
export function MergeNotice({ done }: { done: MergeDone }) {
  const { t } = useTranslation();
  const [restored, setRestored] = useState<number | null>(null);
  const undo = useUndoMerge((result) => setRestored(result.restoredCases));
  if (restored !== null) {
    return (
      <Alert color="green" variant="light" role="status">
        {t("casePeople.merge.undone", { count: restored })}
      </Alert>
    );
  }
  return (
    <Alert color="green" variant="light" role="status" title={t("casePeople.merge.doneTitle")}>
      <Stack gap="xs">
        <Text size="sm">{t("casePeople.merge.done", { name: done.mergedName, count: done.movedCases })}</Text>
        <Text size="sm">
          {t("casePeople.merge.reference")} <Code>{done.mergeId}</Code>
        </Text>
        <FormError error={undo.error} titled={false} />
        <Button
          size="xs"
          variant="default"
          style={{ alignSelf: "flex-start" }}
          loading={undo.isPending}
          onClick={() => undo.mutate(done.mergeId)}
        >
          {t("casePeople.merge.undo")}
        </Button>
      </Stack>
    </Alert>
  );
}
