import { Button, Group, Stack, Switch, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../shared/access/permissions.js";
import { api, fieldErrors } from "../../api/client.js";
import type { User, UserPatch } from "../../api/types.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { SuccessAlert } from "../../components/SuccessAlert.js";
import { RoleCheckboxes } from "./RoleCheckboxes.js";
import { TeamSelect } from "./TeamSelect.js";
import { USERS_KEY } from "./users.js";

interface UserEditFormProps {
  user: User;
  acrossOrganisations: boolean;
  onSaved: (user: User) => void;
}

export function UserEditForm({ user, acrossOrganisations, onSaved }: UserEditFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [teamId, setTeamId] = useState<string | null>(user.teamId);
  const [disabled, setDisabled] = useState(user.disabled);

  const save = useMutation({
    mutationFn: (body: UserPatch) => api.patch<User>(`/api/users/${encodeURIComponent(user.id)}`, body),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: USERS_KEY });
      onSaved(saved);
    },
  });
  const errors = fieldErrors(save.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ displayName: displayName.trim(), roles, teamId, disabled });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {save.isSuccess ? <SuccessAlert>{t("common.saved")}</SuccessAlert> : null}
        <ErrorAlert error={save.error} />
        <TextInput label={t("fields.email")} value={user.email} readOnly />
        <TextInput
          label={t("fields.displayName")}
          required
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={errors.displayName}
        />
        <RoleCheckboxes
          value={roles}
          onChange={setRoles}
          withDeploymentAdmin={acrossOrganisations || user.roles.includes("deployment_admin")}
          error={errors.roles}
        />
        <TeamSelect organisationId={user.organisationId} value={teamId} onChange={setTeamId} error={errors.teamId} />
        <Switch
          label={t("users.disabledLabel")}
          description={t("users.disabledHint")}
          color="red"
          checked={disabled}
          onChange={(event) => setDisabled(event.currentTarget.checked)}
          error={errors.disabled}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
