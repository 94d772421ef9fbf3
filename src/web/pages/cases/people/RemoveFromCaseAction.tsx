import { Button } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseDetail, CasePerson } from "../case-types.js";
import { ReasonModal } from "../ReasonModal.js";
import { useRemoveCasePerson } from "./people-api.js";

/** Takes someone added by mistake off the case; their own record and other cases stay. */
export function RemoveFromCaseAction({ item, entry, name }: { item: CaseDetail; entry: CasePerson; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const remove = useRemoveCasePerson(item.id, () => setOpen(false));
  return (
    <>
      <Button
        size="xs"
        variant="default"
        color="red"
        onClick={() => setOpen(true)}
        aria-label={t("casePeople.remove.named", { name })}
      >
        {t("casePeople.remove.button")}
      </Button>
      <ReasonModal
        opened={open}
        onClose={() => setOpen(false)}
        title={t("casePeople.remove.title", { name })}
        reasonLabel={t("casePeople.remove.reason")}
        submitLabel={t("casePeople.remove.confirm")}
        loading={remove.isPending}
        error={remove.error}
        onSubmit={(reason) => remove.mutate({ personId: entry.person.id, reason, version: item.version })}
      />
    </>
  );
}
