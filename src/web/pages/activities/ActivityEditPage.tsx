import { Alert, Anchor, Button, Center, Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import type { ActivityDetail } from "../../../shared/api/activities.js";
import { can, useSession } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { useOffices } from "../offices/office-api.js";
import { useActivity } from "./activity-api.js";
import { ActivityForm } from "./form/ActivityForm.js";

/** /activities/new and /activities/:id/edit — one form for every kind of activity. */
export function ActivityEditPage() {
  const { id = "" } = useParams();
  return id ? <EditActivity id={id} /> : <NewActivity />;
}

function NewActivity() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: session } = useSession();
  const offices = useOffices();
  usePageTitle(t("activitiesWeb.form.newTitle"));
  const open = (offices.data ?? []).filter((office) => !office.retired);
  return (
    <Stack maw={860}>
      <Title order={1}>{t("activitiesWeb.form.newTitle")}</Title>
      <ErrorAlert error={offices.error} />
      {offices.isPending ? (
        <Loading />
      ) : offices.isSuccess && open.length === 0 ? (
        <Alert color="gray" variant="light">
          <Text size="sm">{t("activitiesWeb.form.noOffices")}</Text>
          {can(session, "organisation.manage") ? (
            <Button component={Link} to="/offices" size="sm" mt="xs">
              {t("activitiesWeb.offices.title")}
            </Button>
          ) : null}
        </Alert>
      ) : offices.isSuccess ? (
        <ActivityForm
          offices={offices.data}
          onSaved={(saved: ActivityDetail) => navigate(`/activities/${saved.id}`)}
          cancelTo="/activities"
        />
      ) : null}
    </Stack>
  );
}

function EditActivity({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const activity = useActivity(id);
  const offices = useOffices();
  const heading = t("activitiesWeb.form.editTitle", { title: activity.data?.title ?? "" });
  usePageTitle(heading);
  if (activity.isPending || offices.isPending) return <Loading />;
  if (!activity.data) return <ActivityNotFound error={activity.error} />;
  const back = `/activities/${id}`;
  return (
    <Stack maw={860}>
      <Title order={1} style={{ overflowWrap: "anywhere" }}>
        {heading}
      </Title>
      <ErrorAlert error={offices.error} />
      {activity.data.can.edit ? (
        // Keyed by version: a newer version loaded after a refused save starts a fresh form.
        <ActivityForm
          key={activity.data.version}
          activity={activity.data}
          offices={offices.data ?? []}
          onSaved={() => navigate(back)}
          cancelTo={back}
        />
      ) : (
        <Alert color="gray" variant="light">
          <Text size="sm">{t("activitiesWeb.form.notEditable")}</Text>
          <Anchor component={Link} to={back} size="sm">
            {t("activitiesWeb.detail.back")}
          </Anchor>
        </Alert>
      )}
    </Stack>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center>
      <Loader aria-label={t("app.loading")} />
    </Center>
  );
}

/** The activity is not there, or not this organisation's: the same answer either way. */
export function ActivityNotFound({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t("activitiesWeb.detail.notFoundTitle")}</Title>
      {error && !(typeof error === "object" && "status" in error && error.status === 404) ? (
        <ErrorAlert error={error} />
      ) : (
        <Text>{t("activitiesWeb.detail.notFound")}</Text>
      )}
      <Anchor component={Link} to="/activities">
        {t("activitiesWeb.detail.backToList")}
      </Anchor>
    </Stack>
  );
}
