import { Alert, Anchor, Button, Center, Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router-dom";
import type { ServiceDetail } from "../../../../shared/api/directory.js";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import { usePageTitle } from "../../../components/usePageTitle.js";
import { useProvider, useProviderList, useService } from "../directory-api.js";
import { NotFound } from "../service/ServicePage.js";
import { ServiceForm } from "./ServiceForm.js";

/** /directory/services/new (?provider=…) and /directory/services/:id/edit — a service's entry, for its keeper. */
export function ServiceEditPage() {
  const { id = "" } = useParams();
  return id ? <EditService id={id} /> : <NewService />;
}

function EditService({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const service = useService(id);
  const provider = useProvider(service.data?.providerId ?? "");
  const heading = t("directoryPage.form.editService", { name: service.data?.name ?? "" });
  usePageTitle(heading);
  if (service.isPending || (service.data && provider.isPending)) return <Loading />;
  if (!service.data) return <NotFound error={service.error} />;
  const done = (saved: ServiceDetail) => navigate(`/directory/services/${saved.id}`);
  return (
    <Stack maw={860}>
      <Title order={1} style={{ overflowWrap: "anywhere" }}>
        {heading}
      </Title>
      {service.data.keptByCaller ? (
        // Keyed by version: a newer version loaded after a refused save starts a fresh form.
        <ServiceForm
          key={service.data.version}
          service={service.data}
          provider={provider.data}
          onSaved={done}
          cancelTo={`/directory/services/${id}`}
        />
      ) : (
        <NotKept name={service.data.keeperOrganisationName} back={`/directory/services/${id}`} />
      )}
    </Stack>
  );
}

function NewService() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  usePageTitle(t("directoryPage.form.newService"));
  // Only providers the organisation keeps: a service is kept by the same organisation as its provider.
  const providers = useProviderList({ keptByCaller: "true" });
  const chosen = params.get("provider") ?? "";
  const done = (saved: ServiceDetail) => navigate(`/directory/services/${saved.id}`);
  return (
    <Stack maw={860}>
      <Title order={1}>{t("directoryPage.form.newService")}</Title>
      <ErrorAlert error={providers.error} />
      {providers.isPending ? (
        <Loading />
      ) : providers.items.length === 0 ? (
        <Alert color="gray" variant="light">
          <Text size="sm">{t("directoryPage.form.noProviders")}</Text>
          <Button component={Link} to="/directory/providers/new" mt="xs" size="sm">
            {t("directoryPage.actions.newProvider")}
          </Button>
        </Alert>
      ) : (
        <ServiceForm
          providers={providers.items}
          providerId={providers.items.some((p) => p.id === chosen) ? chosen : ""}
          onSaved={done}
          cancelTo={chosen ? `/directory/providers/${chosen}` : "/directory"}
        />
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

/** Another organisation keeps the entry: it is theirs to change. */
export function NotKept({ name, back }: { name: string; back: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light">
      <Text size="sm">{t("directoryPage.form.notKept", { name })}</Text>
      <Anchor component={Link} to={back} size="sm">
        {t("directoryPage.back")}
      </Anchor>
    </Alert>
  );
}
