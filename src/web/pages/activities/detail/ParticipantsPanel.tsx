import { Alert, Button, Center, Loader, Modal, Stack, Table, Text } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { ActivityDetail } from "../../../../shared/api/activities.js";
import { can, useSession } from "../../../api/session.js";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import { useParticipants } from "../activity-api.js";
import { useActivityLabels } from "../activity-labels.js";

/**
 * How many names a training's participant list holds, and, for those allowed to read it, the names. Each
 * opening is recorded in the audit trail, and the page says so before the person opens it.
 */
export function ParticipantsPanel({ activity }: { activity: ActivityDetail }) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const allowed = can(session, "activity.participants");
  const [opened, { open, close }] = useDisclosure(false);
  if (activity.kind !== "training") return null;
  const count = activity.participantListCount;
  return (
    <Stack gap="xs">
      <Text size="sm">
        {count === null
          ? t("activitiesWeb.participantList.noneKept")
          : t("activitiesWeb.participantList.kept", { count })}
      </Text>
      {count !== null && allowed ? (
        <>
          <Text size="sm" c="dimmed">
            {t("activitiesWeb.participantList.auditNote")}
          </Text>
          <div>
            <Button variant="default" onClick={open}>
              {t("activitiesWeb.participantList.open")}
            </Button>
          </div>
          <ParticipantsDialog activityId={activity.id} opened={opened} onClose={close} />
        </>
      ) : null}
    </Stack>
  );
}

function ParticipantsDialog({
  activityId,
  opened,
  onClose,
}: {
  activityId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useActivityLabels();
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  // Fetched while the dialog is open only, so that every reading is one the person chose to make.
  const names = useParticipants(activityId, opened);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("activitiesWeb.participantList.title")}
      closeButtonProps={{ "aria-label": t("common.close") }}
      size="xl"
      fullScreen={isPhone}
    >
      <Stack gap="sm">
        <Alert color="orange" variant="light">
          <Text size="sm">{t("activitiesWeb.participantList.recorded")}</Text>
        </Alert>
        <ErrorAlert error={names.error} />
        {names.isPending ? (
          <Center>
            <Loader aria-label={t("app.loading")} />
          </Center>
        ) : null}
        {names.data ? (
          <Table.ScrollContainer minWidth={480}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("activitiesWeb.participantList.name")}</Table.Th>
                  <Table.Th scope="col">{t("activitiesWeb.participantList.organisation")}</Table.Th>
                  <Table.Th scope="col">{t("activitiesWeb.participantList.position")}</Table.Th>
                  <Table.Th scope="col">{t("activitiesWeb.participantList.sex")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {names.data.map((person, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: names are not unique; the place in the list is.
                  <Table.Tr key={index}>
                    <Table.Th scope="row" fw={400}>
                      {person.name}
                    </Table.Th>
                    <Table.Td>{person.organisation ?? ""}</Table.Td>
                    <Table.Td>{person.position ?? ""}</Table.Td>
                    <Table.Td>{person.sex ? labels.sex(person.sex) : ""}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
    </Modal>
  );
}
