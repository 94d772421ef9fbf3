import { Button, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { ActivityDetail } from "../../../../shared/api/activities.js";
import { ConfirmAction } from "../../../components/ConfirmAction.js";
import { SuccessAlert } from "../../../components/SuccessAlert.js";
import { ActivityError } from "../ActivityError.js";
import { type ActivityStepName, useActivityStep } from "../activity-api.js";
import { ReasonDialog } from "./ReasonDialog.js";

/**
 * What the person may do with the activity now, as the server says (`can`): change it while it is a draft
 * in an open month, send it for approval, approve it, or send it back with a reason.
 */
export function ActivityActions({ activity }: { activity: ActivityDetail }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<ActivityStepName | null>(null);
  const [returning, { open, close }] = useDisclosure(false);
  const step = useActivityStep(activity.id, () => close());
  const run = (name: ActivityStepName, reason?: string) => {
    setDone(null);
    step.mutate({ step: name, version: activity.version, reason }, { onSuccess: () => setDone(name) });
  };
  const { can } = activity;
  const any = can.edit || can.submit || can.approve || can.return;
  return (
    <Stack gap="xs">
      {done ? <SuccessAlert>{t(`activitiesWeb.actions.done.${done}`)}</SuccessAlert> : null}
      {returning ? null : <ActivityError error={step.error} />}
      {any ? (
        <Group gap="sm" wrap="wrap">
          {can.edit ? (
            <Button component={Link} to={`/activities/${activity.id}/edit`} variant="default">
              {t("activitiesWeb.actions.edit")}
            </Button>
          ) : null}
          {can.submit ? (
            <ConfirmAction
              label={t("activitiesWeb.actions.submit")}
              title={t("activitiesWeb.actions.submitTitle")}
              message={t("activitiesWeb.actions.submitText")}
              variant="filled"
              loading={step.isPending && step.variables?.step === "submit"}
              onConfirm={() => run("submit")}
            />
          ) : null}
          {can.approve ? (
            <ConfirmAction
              label={t("activitiesWeb.actions.approve")}
              title={t("activitiesWeb.actions.approveTitle")}
              message={t("activitiesWeb.actions.approveText")}
              variant="filled"
              color="green"
              loading={step.isPending && step.variables?.step === "approve"}
              onConfirm={() => run("approve")}
            />
          ) : null}
          {can.return ? (
            <Button variant="default" onClick={open}>
              {t("activitiesWeb.actions.return")}
            </Button>
          ) : null}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t(activity.locked ? "activitiesWeb.actions.noneLocked" : "activitiesWeb.actions.none")}
        </Text>
      )}
      <ReasonDialog
        opened={returning}
        onClose={close}
        title={t("activitiesWeb.actions.returnTitle")}
        intro={t("activitiesWeb.actions.returnText")}
        reasonLabel={t("activitiesWeb.actions.returnReason")}
        submitLabel={t("activitiesWeb.actions.return")}
        loading={step.isPending}
        error={returning ? step.error : null}
        onSubmit={(reason) => run("return", reason)}
      />
    </Stack>
  );
}
