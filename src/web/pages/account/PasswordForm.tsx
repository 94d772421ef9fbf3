import { Button, PasswordInput, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, fieldErrors } from "../../api/client.js";
import { SESSION_KEY } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { SuccessAlert } from "../../components/SuccessAlert.js";

/** Change of password; the server judges strength and answers with reasons per field. */
export function PasswordForm({ onChanged }: { onChanged?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);

  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api.post("/api/auth/password", body),
    onSuccess: async () => {
      setCurrent("");
      setNew("");
      setRepeat("");
      // The session may be renewed with the password (and a forced change lifted): read it again.
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      onChanged?.();
    },
  });

  const errors = fieldErrors(change.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const differs = newPassword !== repeat;
    setMismatch(differs);
    if (!differs) change.mutate({ currentPassword, newPassword });
  };
  const visibility = { "aria-label": t("common.showPassword") };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack maw={420}>
        <Text size="sm">{t("account.passwordHint")}</Text>
        {change.isSuccess ? <SuccessAlert>{t("account.passwordChanged")}</SuccessAlert> : null}
        <ErrorAlert error={change.error} />
        <PasswordInput
          label={t("fields.currentPassword")}
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrent(event.currentTarget.value)}
          error={errors.currentPassword}
          visibilityToggleButtonProps={visibility}
        />
        <PasswordInput
          label={t("fields.newPassword")}
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(event) => setNew(event.currentTarget.value)}
          error={errors.newPassword}
          visibilityToggleButtonProps={visibility}
        />
        <PasswordInput
          label={t("account.repeatPassword")}
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(event) => setRepeat(event.currentTarget.value)}
          error={mismatch ? t("account.passwordMismatch") : undefined}
          visibilityToggleButtonProps={visibility}
        />
        <Button type="submit" loading={change.isPending} w="fit-content">
          {t("account.changePassword")}
        </Button>
      </Stack>
    </form>
  );
}
