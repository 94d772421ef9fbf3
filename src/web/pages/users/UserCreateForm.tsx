import { Button, Group, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../shared/access/permissions.js";
import type { Language } from "../../../shared/i18n/languages.js";
import { api, fieldErrors } from "../../api/client.js";
import type { UserCreated, UserInput } from "../../api/types.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LanguageSelect } from "../../components/LanguageSelect.js";
import { currentLanguage } from "../../i18n.js";
import { OrganisationPicker } from "./OrganisationPicker.js";
import { RoleCheckboxes } from "./RoleCheckboxes.js";
import { TeamSelect } from "./TeamSelect.js";
import { USERS_KEY } from "./users.js";

interface UserCreateFormProps {
  acrossOrganisations: boolean;
  onCreated: (result: UserCreated) => void;
  onCancel: () => void;
}

export function UserCreateForm({ acrossOrganisations, onCreated, onCancel }: UserCreateFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [roles, setRoles] = useState<Role[]>([]);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [locale, setLocale] = useState<Language>(currentLanguage());

  const create = useMutation({
    mutationFn: (body: UserInput) => api.post<UserCreated>("/api/users", body),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: USERS_KEY });
      onCreated(result);
    },
  });
  const errors = fieldErrors(create.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      ...(organisationId ? { organisationId } : {}),
      email: email.trim(),
      displayName: displayName.trim(),
      roles,
      teamId,
      locale,
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ErrorAlert error={create.error} />
        {acrossOrganisations ? (
          <OrganisationPicker
            value={organisationId}
            onChange={(id) => {
              setOrganisationId(id);
              setTeamId(null);
            }}
            placeholder={t("users.ownOrganisation")}
            clearable
            error={errors.organisationId}
          />
        ) : null}
        <TextInput
          label={t("fields.displayName")}
          required
          autoComplete="off"
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={errors.displayName}
        />
        <TextInput
          label={t("fields.email")}
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errors.email}
        />
        <RoleCheckboxes
          value={roles}
          onChange={setRoles}
          withDeploymentAdmin={acrossOrganisations}
          error={errors.roles}
        />
        <TeamSelect organisationId={organisationId} value={teamId} onChange={setTeamId} error={errors.teamId} />
        <LanguageSelect label={t("fields.locale")} value={locale} onChange={setLocale} error={errors.locale} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t("users.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
