import { Button, Stack, Text, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.js";
import { useCursorList } from "../../api/paging.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import { SuccessAlert } from "../../components/SuccessAlert.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { CaseTable } from "./CaseTable.js";
import { CASES_KEY, casePath, useRefreshCases } from "./case-api.js";
import type { CaseSummary } from "./case-types.js";
import { FormError } from "./FormError.js";
import { ReasonModal } from "./ReasonModal.js";

interface Decision {
  item: CaseSummary;
  action: "approve_closure" | "return";
  reason?: string;
}

/**
 * Closures waiting for a supervisor. Each row carries the version it was listed at, so a case changed since
 * the list was loaded is refused as a conflict rather than decided on a state nobody looked at.
 */
export function ApprovalQueuePage() {
  const { t } = useTranslation();
  usePageTitle(t("approvals.title"));
  const refresh = useRefreshCases();
  const list = useCursorList<CaseSummary>([...CASES_KEY, "approvals"], "/api/cases", {
    stage: "closure_requested",
    sort: "updated",
  });
  const [returning, setReturning] = useState<CaseSummary | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const decide = useMutation({
    mutationFn: ({ item, action, reason }: Decision) =>
      api.post(`${casePath(item.id)}/transition`, { action, reason, version: item.version }),
    onSuccess: async (_, { item, action }) => {
      setReturning(null);
      setDone(
        action === "return"
          ? t("approvals.returned", { number: item.caseNumber })
          : t("approvals.approved", { number: item.caseNumber }),
      );
      await refresh();
    },
  });
  const busy = (item: CaseSummary, action: Decision["action"]) =>
    decide.isPending && decide.variables?.item.id === item.id && decide.variables.action === action;

  return (
    <Stack>
      <Title order={1}>{t("approvals.title")}</Title>
      <Text maw={720}>{t("approvals.intro")}</Text>
      {done ? <SuccessAlert>{done}</SuccessAlert> : null}
      {!returning ? <FormError error={decide.error} titled={false} /> : null}
      <ErrorAlert error={list.error} />
      {list.isSuccess && list.items.length === 0 ? <Text>{t("approvals.empty")}</Text> : null}
      {list.items.length > 0 ? (
        <CaseTable
          cases={list.items}
          actions={(item) => (
            <>
              <Button
                size="xs"
                color="green"
                loading={busy(item, "approve_closure")}
                onClick={() => {
                  setDone(null);
                  decide.mutate({ item, action: "approve_closure" });
                }}
                aria-label={t("approvals.approveNamed", { number: item.caseNumber })}
              >
                {t("casePage.workflow.approve")}
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  setDone(null);
                  decide.reset();
                  setReturning(item);
                }}
                aria-label={t("approvals.returnNamed", { number: item.caseNumber })}
              >
                {t("casePage.workflow.return")}
              </Button>
            </>
          )}
        />
      ) : null}
      <LoadMore list={list} />
      {returning ? (
        <ReasonModal
          opened
          onClose={() => setReturning(null)}
          title={t("casePage.workflow.returnTitle")}
          reasonLabel={t("casePage.workflow.returnReason")}
          submitLabel={t("casePage.workflow.return")}
          loading={decide.isPending}
          error={decide.error}
          onSubmit={(reason) => decide.mutate({ item: returning, action: "return", reason })}
        />
      ) : null}
    </Stack>
  );
}
