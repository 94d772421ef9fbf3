import { NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OfficeDetail } from "../../../shared/api/offices.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ActivityError } from "../activities/ActivityError.js";
import { useTeams } from "../users/users.js";
import { useTeamOffice } from "./office-api.js";
import { officeOfTeam } from "./office-form.js";

/**
 * Which office each team's records count for in the figures (cases, screenings, hotline, referrals). A team
 * with no office counts for the main office.
 */
export function TeamOffices({ offices }: { offices: readonly OfficeDetail[] }) {
  const { t } = useTranslation();
  const teams = useTeams(null);
  const move = useTeamOffice();
  const main = offices.find((office) => office.isMain);
  const items = teams.data?.items ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="team-offices">
      <Title order={2} size="h3" id="team-offices">
        {t("activitiesWeb.offices.teamsTitle")}
      </Title>
      <Text size="sm">{t("activitiesWeb.offices.teamsIntro")}</Text>
      <ErrorAlert error={teams.error} />
      <ActivityError error={move.error} />
      {teams.isSuccess && items.length === 0 ? <Text size="sm">{t("activitiesWeb.offices.noTeams")}</Text> : null}
      {items.length > 0 ? (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("activitiesWeb.offices.team")}</Table.Th>
              <Table.Th scope="col">{t("activitiesWeb.offices.teamOffice")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((team) => {
              const current = officeOfTeam(offices, team.id);
              const pending = move.isPending && move.variables?.teamId === team.id;
              return (
                <Table.Tr key={team.id}>
                  <Table.Th scope="row" fw={400} style={{ overflowWrap: "anywhere" }}>
                    {team.name}
                  </Table.Th>
                  <Table.Td>
                    <NativeSelect
                      aria-label={t("activitiesWeb.offices.teamOfficeOf", { team: team.name })}
                      value={pending ? (move.variables?.officeId ?? "") : (current ?? "")}
                      disabled={pending}
                      onChange={(event) =>
                        move.mutate({ teamId: team.id, officeId: event.currentTarget.value || null })
                      }
                      data={[
                        {
                          value: "",
                          label: main
                            ? t("activitiesWeb.offices.mainDefaultNamed", { name: main.name })
                            : t("activitiesWeb.offices.mainDefault"),
                        },
                        ...offices
                          .filter((office) => !office.retired || office.id === current)
                          .map((office) => ({ value: office.id, label: office.name })),
                      ]}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
