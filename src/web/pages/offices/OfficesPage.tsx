import { Badge, Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OfficeDetail } from "../../../shared/api/offices.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { SuccessAlert } from "../../components/SuccessAlert.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { Loading } from "../activities/ActivityEditPage.js";
import { useVocab } from "../cases/vocab.js";
import { OfficeForm } from "./OfficeForm.js";
import { useOffices } from "./office-api.js";
import { TeamOffices } from "./TeamOffices.js";

/** "new", the office being changed, or nothing. */
type Editing = "new" | OfficeDetail | null;

/**
 * /offices — the organisation's country offices and sub-offices: the units its activities, figures and
 * situation reports are told by, and which teams' records count for which office.
 */
export function OfficesPage() {
  const { t } = useTranslation();
  usePageTitle(t("activitiesWeb.offices.title"));
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  const vocab = useVocab();
  const offices = useOffices();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const items = offices.data ?? [];
  const main = items.find((office) => office.isMain);
  const place = (office: OfficeDetail) =>
    [
      office.city,
      [office.admin1Name, office.admin1Pcode ? `(${office.admin1Pcode})` : ""].filter(Boolean).join(" "),
      vocab.country(office.country),
    ]
      .filter(Boolean)
      .join(", ");

  return (
    <Stack maw={960}>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t("activitiesWeb.offices.title")}</Title>
        <Button
          onClick={() => {
            setNotice(null);
            setEditing("new");
          }}
        >
          {t("activitiesWeb.offices.add")}
        </Button>
      </Group>
      <Text>{t("activitiesWeb.offices.intro")}</Text>
      {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
      <ErrorAlert error={offices.error} />
      {offices.isPending ? <Loading /> : null}
      {offices.isSuccess && items.length === 0 ? <Text>{t("activitiesWeb.offices.none")}</Text> : null}
      <Stack
        component="ul"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: "none" }}
        aria-label={t("activitiesWeb.offices.listLabel")}
      >
        {items.map((office) => (
          <Card key={office.id} component="li" withBorder padding="sm">
            <Stack gap={6}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Title order={2} size="h4" style={{ overflowWrap: "anywhere" }}>
                  {office.name}
                </Title>
                <Group gap={6}>
                  {office.isMain ? (
                    <Badge component="span" color="blue" variant="light" tt="none">
                      {t("activitiesWeb.offices.main")}
                    </Badge>
                  ) : null}
                  {office.retired ? (
                    <Badge component="span" color="gray" variant="outline" tt="none">
                      {t("activitiesWeb.offices.retiredBadge")}
                    </Badge>
                  ) : null}
                </Group>
              </Group>
              <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                {place(office)}
              </Text>
              <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                {office.teams.length > 0
                  ? t("activitiesWeb.offices.teamsOf", { teams: office.teams.map((team) => team.name).join(", ") })
                  : office.isMain
                    ? t("activitiesWeb.offices.mainTeams")
                    : t("activitiesWeb.offices.noTeamsHere")}
              </Text>
              <Group>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    setNotice(null);
                    setEditing(office);
                  }}
                  aria-label={t("activitiesWeb.offices.editNamed", { name: office.name })}
                >
                  {t("activitiesWeb.offices.edit")}
                </Button>
              </Group>
            </Stack>
          </Card>
        ))}
      </Stack>
      {items.length > 0 ? <TeamOffices offices={items} /> : null}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === "new" ? t("activitiesWeb.offices.add") : t("activitiesWeb.offices.edit")}
        closeButtonProps={{ "aria-label": t("common.close") }}
        size="lg"
        fullScreen={isPhone}
      >
        {editing ? (
          <OfficeForm
            office={editing === "new" ? undefined : editing}
            defaultCountry={main?.country ?? null}
            onDone={(saved) => {
              setEditing(null);
              if (saved) setNotice(t("activitiesWeb.offices.saved", { name: saved.name }));
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
