import { Group, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.js";
import type { PasswordReset, User } from "../../api/types.js";
import { ConfirmAction } from "../../components/ConfirmAction.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { OnceSecret } from "../../components/OnceSecret.js";
import { SuccessAlert } from "../../components/SuccessAlert.js";
import { USERS_KEY } from "./users.js";

/** Help for a person locked out: a new temporary password, or removing a lost authenticator. */
export function UserAccessActions({ user }: { user: User }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const path = `/api/users/${encodeURIComponent(user.id)}`;
  const resetPassword = useMutation({
    mutationFn: () => api.post<PasswordReset>(`${path}/reset-password`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
  const resetMfa = useMutation({
    mutationFn: () => api.post(`${path}/reset-mfa`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });

  return (
    <Stack>
      <Title order={3} size="h4">
        {t("users.accessTitle")}
      </Title>
      <Text size="sm">{t("users.accessText")}</Text>
      <ErrorAlert error={resetPassword.error ?? resetMfa.error} />
      {resetPassword.data ? (
        <OnceSecret
          title={t("users.tempPasswordTitle")}
          explanation={t("users.tempPasswordOnce", { name: user.displayName, email: user.email })}
          secret={resetPassword.data.temporaryPassword}
          testId="temporary-password"
          onDone={() => resetPassword.reset()}
          doneLabel={t("users.tempPasswordDone")}
        />
      ) : null}
      {resetMfa.isSuccess ? <SuccessAlert>{t("users.mfaResetDone")}</SuccessAlert> : null}
      <Group>
        <ConfirmAction
          label={t("users.resetPassword")}
          title={t("users.resetPassword")}
          message={t("users.resetPasswordConfirm", { name: user.displayName })}
          loading={resetPassword.isPending}
          onConfirm={() => resetPassword.mutate()}
        />
        {user.mfaEnabled ? (
          <ConfirmAction
            label={t("users.resetMfa")}
            title={t("users.resetMfa")}
            message={t("users.resetMfaConfirm", { name: user.displayName })}
            loading={resetMfa.isPending}
            onConfirm={() => resetMfa.mutate()}
          />
        ) : null}
      </Group>
    </Stack>
  );
}
