import { Alert, Anchor, Center, Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { isApiError } from "../../../api/client.js";
import { can, useSession } from "../../../api/session.js";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import { usePageTitle } from "../../../components/usePageTitle.js";
import { ServiceBadges } from "../DirectoryBadges.js";
import { useService } from "../directory-api.js";
import { KeeperActions } from "./KeeperActions.js";
import { ServiceFacts } from "./ServiceFacts.js";

/** /directory/services/:id — a service with its provider; its keeper confirms, updates or retires it here. */
export function ServicePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { data: session } = useSession();
  const service = useService(id);
  const data = service.data;
  usePageTitle(data?.name ?? t("directoryPage.title"));

  if (service.isPending) {
    return (
      <Center>
        <Loader aria-label={t("app.loading")} />
      </Center>
    );
  }
  if (!data) return <NotFound error={service.error} />;
  const keeps = data.keptByCaller && can(session, "directory.manage");

  return (
    <Stack maw={960} gap="lg">
      <Stack gap="xs">
        <Anchor component={Link} to="/directory" size="sm">
          {t("directoryPage.back")}
        </Anchor>
        <Title order={1} style={{ overflowWrap: "anywhere" }}>
          {data.name}
        </Title>
        <Text>
          {t("directoryPage.service.by")}{" "}
          <Anchor component={Link} to={`/directory/providers/${data.providerId}`}>
            {data.providerName}
          </Anchor>
        </Text>
        <ServiceBadges service={data} />
      </Stack>
      {keeps ? <KeeperActions service={data} /> : null}
      {!data.keptByCaller ? (
        <Text size="sm" c="dimmed">
          {t("directoryPage.service.keptBy", { name: data.keeperOrganisationName })}
        </Text>
      ) : null}
      <ServiceFacts service={data} />
    </Stack>
  );
}

/** A missing entry, or one out of reach, said plainly with the way back. */
export function NotFound({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Stack maw={800}>
      <Title order={1}>{t("directoryPage.title")}</Title>
      {isApiError(error) && error.status === 404 ? (
        <Alert color="gray" variant="light">
          {t("directoryPage.notFound")}
        </Alert>
      ) : (
        <ErrorAlert error={error} />
      )}
      <Anchor component={Link} to="/directory">
        {t("directoryPage.back")}
      </Anchor>
    </Stack>
  );
}
