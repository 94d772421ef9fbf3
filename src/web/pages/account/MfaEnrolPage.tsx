import { Alert, Anchor, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { SESSION_KEY, useSession } from "../../api/session.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { MfaEnrolment } from "./MfaEnrolment.js";
import { RecoveryCodes } from "./RecoveryCodes.js";

/** Setting up the second sign-in step, either by choice or because the organisation requires it. */
export function MfaEnrolPage() {
  const { t } = useTranslation();
  usePageTitle(t("mfa.enrolTitle"));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  if (!session) return null;

  const finish = async () => {
    await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    void navigate("/", { replace: true });
  };

  let body: ReactNode;
  if (recoveryCodes) {
    body = <RecoveryCodes codes={recoveryCodes} email={session.user.email} onSaved={() => void finish()} />;
  } else if (session.user.mfaEnabled && session.mfaState === "complete") {
    body = (
      <Stack align="flex-start">
        <Text>{t("mfa.statusOn")}</Text>
        <Anchor component={Link} to="/account">
          {t("mfa.backToAccount")}
        </Anchor>
      </Stack>
    );
  } else {
    body = <MfaEnrolment onConfirmed={setRecoveryCodes} />;
  }

  return (
    <Stack maw={640}>
      <Title order={1}>{t("mfa.enrolTitle")}</Title>
      {session.mfaState === "enrol_required" && !recoveryCodes ? (
        <Alert color="blue" variant="light">
          {t("mfa.enrolRequired")}
        </Alert>
      ) : null}
      {body}
    </Stack>
  );
}
