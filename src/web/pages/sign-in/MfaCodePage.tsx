import { Anchor, Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useSearchParams } from "react-router-dom";
import { api, fieldErrors, setCsrfToken } from "../../api/client.js";
import { fetchSession, SESSION_KEY, useSession } from "../../api/session.js";
import type { SignInResponse } from "../../api/types.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { FullPageLoader } from "../../components/FullPageLoader.js";
import { PublicLayout } from "../../components/PublicLayout.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { useSignOut } from "../../components/useSignOut.js";
import { afterSignIn, safeNext } from "./after-sign-in.js";

/** The second sign-in step: a code from the authenticator app, or one of the saved recovery codes. */
export function MfaCodePage() {
  const { t } = useTranslation();
  usePageTitle(t("mfa.codeTitle"));
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: session, isPending } = useSession();
  const signOut = useSignOut();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState("");

  const verify = useMutation({
    mutationFn: (body: { code: string }) => api.post<SignInResponse>("/api/auth/mfa/verify", body),
    onSuccess: async (result) => {
      setCsrfToken(result.csrfToken);
      const fresh = await queryClient.fetchQuery({ queryKey: SESSION_KEY, queryFn: fetchSession });
      void navigate(afterSignIn(result.mfaState, fresh, next), { replace: true });
    },
    onError: () => setCode(""),
  });

  if (isPending) return <FullPageLoader />;
  if (!session) return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  if (session.mfaState !== "pending" && !verify.isPending && !verify.isSuccess) {
    return <Navigate to={afterSignIn(session.mfaState, session, next)} replace />;
  }

  const errors = fieldErrors(verify.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // People copy codes with spaces ("123 456"); the server wants the characters only.
    verify.mutate({ code: code.replace(/\s+/g, "") });
  };

  return (
    <PublicLayout>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Title order={1}>{t("mfa.codeTitle")}</Title>
          <Text>{recovery ? t("mfa.recoveryIntro") : t("mfa.codeIntro")}</Text>
          <ErrorAlert error={verify.error} />
          <TextInput
            key={recovery ? "recovery" : "app"}
            label={recovery ? t("mfa.recoveryLabel") : t("mfa.codeLabel")}
            name="code"
            inputMode={recovery ? "text" : "numeric"}
            autoComplete="one-time-code"
            autoCapitalize="off"
            spellCheck={false}
            required
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={errors.code}
          />
          <Button type="submit" loading={verify.isPending}>
            {t("mfa.verify")}
          </Button>
          <Group justify="space-between">
            <Anchor
              component="button"
              type="button"
              onClick={() => {
                setRecovery(!recovery);
                setCode("");
              }}
            >
              {recovery ? t("mfa.useApp") : t("mfa.useRecovery")}
            </Anchor>
            <Anchor component="button" type="button" onClick={() => signOut.mutate()}>
              {t("mfa.otherAccount")}
            </Anchor>
          </Group>
        </Stack>
      </form>
    </PublicLayout>
  );
}
