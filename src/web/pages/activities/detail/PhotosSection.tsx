import { Button, Card, Image, Modal, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { ActivityDetail } from "../../../../shared/api/activities.js";
import { ConfirmAction } from "../../../components/ConfirmAction.js";
import { ActivityError } from "../ActivityError.js";
import { useDeletePhoto } from "../activity-api.js";
import { useActivityLabels } from "../activity-labels.js";
import { PhotoUpload } from "./PhotoUpload.js";

/** The activity's photos for the report, each with its caption, credit and the consent it was taken with. */
export function PhotosSection({ activity }: { activity: ActivityDetail }) {
  const { t } = useTranslation();
  const labels = useActivityLabels();
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  const [adding, { open, close }] = useDisclosure(false);
  const remove = useDeletePhoto(activity.id);
  const editable = activity.can.edit;
  return (
    <Stack gap="sm" component="section" aria-labelledby="activity-photos">
      <Title order={2} size="h3" id="activity-photos">
        {t("activitiesWeb.photos.title")}
      </Title>
      {activity.photos.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("activitiesWeb.photos.none")}
        </Text>
      ) : null}
      <ActivityError error={remove.error} />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        {activity.photos.map((photo) => (
          <Card key={photo.id} withBorder padding="xs" component="figure" m={0}>
            <Card.Section>
              <Image src={photo.url} alt={photo.caption} h={180} fit="cover" loading="lazy" />
            </Card.Section>
            <Stack gap={4} mt="xs" component="figcaption">
              <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                {photo.caption}
              </Text>
              <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                {t("activitiesWeb.photos.creditLine", { credit: photo.credit })}
              </Text>
              <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                {[labels.consent(photo.consent), photo.consentNote].filter(Boolean).join(" — ")}
              </Text>
              {editable ? (
                <ConfirmAction
                  label={t("activitiesWeb.photos.delete")}
                  title={t("activitiesWeb.photos.deleteTitle")}
                  message={t("activitiesWeb.photos.deleteText", { caption: photo.caption })}
                  color="red"
                  loading={remove.isPending && remove.variables === photo.id}
                  onConfirm={() => remove.mutate(photo.id)}
                />
              ) : null}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {editable ? (
        <div>
          <Button variant="default" onClick={open}>
            {t("activitiesWeb.photos.add")}
          </Button>
        </div>
      ) : null}
      <Modal
        opened={adding}
        onClose={close}
        title={t("activitiesWeb.photos.add")}
        closeButtonProps={{ "aria-label": t("common.close") }}
        size="lg"
        fullScreen={isPhone}
      >
        {adding ? <PhotoUpload activityId={activity.id} onDone={close} /> : null}
      </Modal>
    </Stack>
  );
}
