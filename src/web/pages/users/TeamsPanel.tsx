import { Badge, Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, fieldErrors } from "../../api/client.js";
import type { Team } from "../../api/types.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { TEAMS_KEY, useTeams } from "./users.js";

interface TeamsPanelProps {
  organisationId: string | null;
  canManage: boolean;
}

/** Teams decide which cases a caseworker sees, so they are set up next to the people in them. */
export function TeamsPanel({ organisationId, canManage }: TeamsPanelProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const teams = useTeams(organisationId);
  const [name, setName] = useState("");
  const create = useMutation({
    mutationFn: (body: { organisationId?: string; name: string }) => api.post<Team>("/api/teams", body),
    onSuccess: async () => {
      setName("");
      await queryClient.invalidateQueries({ queryKey: TEAMS_KEY });
    },
  });
  const errors = fieldErrors(create.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ ...(organisationId ? { organisationId } : {}), name: name.trim() });
  };
  const items = teams.data?.items ?? [];

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t("users.teamsTitle")}
      </Title>
      <ErrorAlert error={teams.error} />
      {items.length === 0 && teams.isSuccess ? <Text size="sm">{t("users.noTeams")}</Text> : null}
      <Group gap={6}>
        {items.map((team) => (
          <Badge key={team.id} variant="outline" color="gray" size="lg" tt="none" c="var(--mantine-color-text)">
            {team.name}
          </Badge>
        ))}
      </Group>
      {canManage ? (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="xs">
            <ErrorAlert error={create.error} />
            <Group align="flex-end">
              <TextInput
                label={t("users.teamName")}
                required
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                error={errors.name}
                w={260}
              />
              <Button type="submit" variant="default" loading={create.isPending}>
                {t("users.addTeam")}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
