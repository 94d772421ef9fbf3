import { Button, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../../shared/i18n/languages.js";
import { api, fieldErrors } from "../../api/client.js";
import { SESSION_KEY } from "../../api/session.js";
import type { SessionUser } from "../../api/types.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LanguageSelect } from "../../components/LanguageSelect.js";
import { SuccessAlert } from "../../components/SuccessAlert.js";
import { rememberLanguage } from "../../i18n.js";

export function ProfileSection({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [locale, setLocale] = useState<Language>(user.locale);

  const save = useMutation({
    mutationFn: (body: { displayName: string; locale: Language }) => api.patch("/api/me", body),
    onSuccess: async (_result, body) => {
      rememberLanguage(body.locale);
      await i18n.changeLanguage(body.locale);
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });

  const errors = fieldErrors(save.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ displayName: displayName.trim(), locale });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack maw={420}>
        {save.isSuccess ? <SuccessAlert>{t("account.profileSaved")}</SuccessAlert> : null}
        <ErrorAlert error={save.error} />
        <TextInput label={t("fields.email")} value={user.email} readOnly description={t("account.emailHint")} />
        <TextInput
          label={t("fields.displayName")}
          autoComplete="name"
          required
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={errors.displayName}
        />
        <LanguageSelect label={t("fields.locale")} value={locale} onChange={setLocale} error={errors.locale} />
        <Button type="submit" loading={save.isPending} w="fit-content">
          {t("common.save")}
        </Button>
      </Stack>
    </form>
  );
}
