import { Anchor, Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { ProviderDetail } from "../../../shared/api/directory.js";
import { can, useSession } from "../../api/session.js";
import { ConfirmAction } from "../../components/ConfirmAction.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { formatDateTime } from "../../format.js";
import { usePatchProvider, useProvider } from "./directory-api.js";
import { useDirectoryLabels } from "./directory-labels.js";
import { Loading } from "./edit/ServiceEditPage.js";
import { SaveError } from "./SaveError.js";
import { ContactLinks, Fact, ServiceResults } from "./ServiceResults.js";
import { NotFound } from "./service/ServicePage.js";

/** /directory/providers/:id — who the provider is and every service they give; the keeper edits and adds here. */
export function ProviderPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { data: session } = useSession();
  const provider = useProvider(id);
  const data = provider.data;
  usePageTitle(data?.name ?? t("directoryPage.title"));
  if (provider.isPending) return <Loading />;
  if (!data) return <NotFound error={provider.error} />;
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
        <Group gap={6}>
          <Badge component="span" variant="light" tt="none">
            {t(`orgTypes.${data.kind}`, { defaultValue: data.kind })}
          </Badge>
          {data.retired ? (
            <Badge component="span" color="gray" variant="filled" tt="none">
              {t("directoryPage.card.retired")}
            </Badge>
          ) : null}
        </Group>
        {keeps ? <ProviderKeeperActions provider={data} /> : null}
      </Stack>
      <ProviderFacts provider={data} />
      <ProviderServices provider={data} keeps={keeps} />
    </Stack>
  );
}

function ProviderFacts({ provider }: { provider: ProviderDetail }) {
  const { t } = useTranslation();
  const labels = useDirectoryLabels();
  const place = [provider.address, labels.place(provider)].filter(Boolean).join(", ");
  return (
    <Stack gap="xs">
      {provider.description ? (
        <Text style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }}>{provider.description}</Text>
      ) : null}
      <dl style={{ margin: 0, display: "grid", gap: 2 }}>
        {place ? <Fact term={t("directoryPage.card.where")}>{place}</Fact> : null}
        {provider.phone || provider.email ? (
          <Fact term={t("directoryPage.card.contact")}>
            <ContactLinks phone={provider.phone} email={provider.email} />
          </Fact>
        ) : null}
        {provider.website ? (
          <Fact term={t("directoryPage.fields.website")}>
            {/^https?:\/\//i.test(provider.website) ? (
              <Anchor href={provider.website} target="_blank" rel="noopener noreferrer" size="sm">
                {provider.website}
              </Anchor>
            ) : (
              provider.website
            )}
          </Fact>
        ) : null}
        <Fact term={t("directoryPage.service.keeper")}>{provider.keeperOrganisationName}</Fact>
        <Fact term={t("directoryPage.provider.updated")}>{formatDateTime(provider.updatedAt, labels.lang)}</Fact>
      </dl>
    </Stack>
  );
}

function ProviderKeeperActions({ provider }: { provider: ProviderDetail }) {
  const { t } = useTranslation();
  const patch = usePatchProvider(provider.id);
  const retire = (retired: boolean) => patch.mutate({ retired, version: provider.version });
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        <Button component={Link} to={`/directory/providers/${provider.id}/edit`} variant="default">
          {t("directoryPage.provider.edit")}
        </Button>
        {provider.retired ? (
          <Button variant="default" onClick={() => retire(false)} loading={patch.isPending}>
            {t("directoryPage.keeper.restore")}
          </Button>
        ) : (
          <ConfirmAction
            label={t("directoryPage.provider.retire")}
            title={t("directoryPage.provider.retireTitle")}
            message={t("directoryPage.provider.retireText")}
            color="red"
            loading={patch.isPending}
            onConfirm={() => retire(true)}
          />
        )}
      </Group>
      <SaveError error={patch.error} />
    </Stack>
  );
}

function ProviderServices({ provider, keeps }: { provider: ProviderDetail; keeps: boolean }) {
  const { t } = useTranslation();
  // The keeper also sees retired services, to bring one back; others see what can be used.
  const services = keeps ? provider.services : provider.services.filter((service) => !service.retired);
  return (
    <Stack gap="sm" component="section" aria-labelledby="provider-services">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3" id="provider-services">
          {t("directoryPage.provider.services")}
        </Title>
        {keeps && !provider.retired ? (
          <Button component={Link} to={`/directory/services/new?provider=${provider.id}`}>
            {t("directoryPage.provider.addService")}
          </Button>
        ) : null}
      </Group>
      {services.length === 0 ? <Text size="sm">{t("directoryPage.provider.noServices")}</Text> : null}
      <ServiceResults items={services} headingLevel={3} />
    </Stack>
  );
}
