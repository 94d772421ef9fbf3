import { Button, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api, fieldErrors } from "../../api/client.js";
import { SESSION_KEY } from "../../api/session.js";
import type { SessionUser } from "../../api/types.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { SuccessAlert } from "../../components/SuccessAlert.js";

/** Status of the second sign-in step, a way to set it up, and a way to turn it off unless the organisation forbids. */
export function MfaSection({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState("");
  const disable = useMutation({
    mutationFn: (body: { code: string }) => api.post("/api/auth/mfa/disable", body),
    onSuccess: async () => {
      setCode("");
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
  const errors = fieldErrors(disable.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    disable.mutate({ code: code.replace(/\s+/g, "") });
  };

  if (!user.mfaEnabled) {
    return (
      <Stack maw={560} align="flex-start">
        {disable.isSuccess ? <SuccessAlert>{t("mfa.disabledDone")}</SuccessAlert> : null}
        <Text size="sm">{t("mfa.statusOff")}</Text>
        <Text size="sm">{t("mfa.why")}</Text>
        <Button component={Link} to="/account/mfa">
          {t("mfa.setUp")}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack maw={560}>
      <Text size="sm">{t("mfa.statusOn")}</Text>
      {user.organisation.mfaRequired ? (
        <Text size="sm">{t("mfa.requiredByOrg")}</Text>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack maw={420}>
            <Text size="sm">{t("mfa.disableIntro")}</Text>
            <ErrorAlert error={disable.error} />
            <TextInput
              label={t("mfa.codeLabel")}
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              value={code}
              onChange={(event) => setCode(event.currentTarget.value)}
              error={errors.code}
            />
            <Button type="submit" color="red" variant="outline" loading={disable.isPending} w="fit-content">
              {t("mfa.disableButton")}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
