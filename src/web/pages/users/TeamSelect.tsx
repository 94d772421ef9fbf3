import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useTeams } from "./users.js";

interface TeamSelectProps {
  organisationId: string | null | undefined;
  value: string | null;
  onChange: (teamId: string | null) => void;
  error?: string;
}

export function TeamSelect({ organisationId, value, onChange, error }: TeamSelectProps) {
  const { t } = useTranslation();
  const teams = useTeams(organisationId);
  const data = (teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }));
  return (
    <Select
      label={t("fields.teamId")}
      placeholder={t("users.noTeam")}
      data={data}
      value={value}
      onChange={onChange}
      clearable
      clearButtonProps={{ "aria-label": t("users.clearTeam") }}
      nothingFoundMessage={t("users.noTeams")}
      error={error}
    />
  );
}
