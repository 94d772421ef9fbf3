import { Button, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useSearchParams } from "react-router-dom";
import { api, fieldErrors, setCsrfToken } from "../../api/client.js";
import { fetchSession, isReady, SESSION_KEY, useSession } from "../../api/session.js";
import type { SignInResponse } from "../../api/types.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { PublicLayout } from "../../components/PublicLayout.js";
import { SuccessAlert } from "../../components/SuccessAlert.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { afterSignIn, safeNext } from "./after-sign-in.js";

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t("signIn.title"));
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");

  const signIn = useMutation({
    mutationFn: (body: { email: string; password: string }) => api.post<SignInResponse>("/api/auth/sign-in", body),
    onSuccess: async (result) => {
      setCsrfToken(result.csrfToken);
      const fresh = await queryClient.fetchQuery({ queryKey: SESSION_KEY, queryFn: fetchSession });
      void navigate(afterSignIn(result.mfaState, fresh, next), { replace: true });
    },
    // The password is never kept after a failed attempt; the e-mail stays so only the password is retyped.
    onError: () => setPassword(""),
  });

  if (isReady(session) && !signIn.isPending) return <Navigate to={next} replace />;

  const errors = fieldErrors(signIn.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password });
  };

  return (
    <PublicLayout>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Title order={1}>{t("signIn.title")}</Title>
          <Text>{t("signIn.intro")}</Text>
          {params.get("signedOut") ? <SuccessAlert>{t("signIn.signedOut")}</SuccessAlert> : null}
          <ErrorAlert error={signIn.error} />
          <TextInput
            label={t("fields.email")}
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={errors.email}
          />
          <PasswordInput
            label={t("fields.password")}
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.password}
            visibilityToggleButtonProps={{ "aria-label": t("common.showPassword") }}
          />
          <Button type="submit" loading={signIn.isPending}>
            {t("signIn.submit")}
          </Button>
          <Text size="sm">{t("signIn.help")}</Text>
        </Stack>
      </form>
    </PublicLayout>
  );
}
