import { SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ServiceDetail } from "../../../../shared/api/directory.js";
import { formatDate, formatNumber } from "../../cases/format.js";
import { useDirectoryLabels } from "../directory-labels.js";
import { ContactLinks } from "../ServiceResults.js";

/** Everything the directory holds about a service, grouped the way a caseworker asks: where, for whom, how. */
export function ServiceFacts({ service }: { service: ServiceDetail }) {
  const { t } = useTranslation();
  const labels = useDirectoryLabels();
  const { vocab, lang } = labels;
  const dash = t("directoryPage.service.notGiven");
  const or = (text: string | null | undefined) => (text ? text : dash);
  const age =
    service.minAge === null && service.maxAge === null
      ? t("directoryPage.eligibility.anyAge")
      : labels.eligibility({ ...service, sexes: [], nationalities: [], statuses: [] });

  return (
    <Stack gap="lg">
      {service.description ? (
        <Text style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }}>{service.description}</Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <FactGroup title={t("directoryPage.service.where")}>
          <Fact term={t("directoryPage.fields.address")}>{or(service.address)}</Fact>
          <Fact term={t("directoryPage.service.place")}>
            {or(labels.place(service))}
            {service.placeFromProvider ? (
              <Text component="span" size="xs" c="dimmed" display="block">
                {t("directoryPage.service.placeFromProvider")}
              </Text>
            ) : null}
          </Fact>
          <Fact term={t("directoryPage.service.area")}>{or(labels.area(service))}</Fact>
          {service.latitude !== null && service.longitude !== null ? (
            <Fact term={t("directoryPage.service.coordinates")}>
              {`${formatNumber(service.latitude, lang)}, ${formatNumber(service.longitude, lang)}`}
            </Fact>
          ) : null}
        </FactGroup>
        <FactGroup title={t("directoryPage.service.forWhom")}>
          <Fact term={t("directoryPage.fields.ages")}>{age}</Fact>
          <Fact term={t("directoryPage.fields.sexes")}>
            {service.sexes.length > 0 ? vocab.labels("sex", service.sexes) : t("directoryPage.eligibility.anyone")}
          </Fact>
          <Fact term={t("directoryPage.fields.nationalities")}>
            {service.nationalities.length > 0
              ? vocab.countries(service.nationalities)
              : t("directoryPage.eligibility.anyone")}
          </Fact>
          <Fact term={t("directoryPage.fields.statuses")}>
            {service.statuses.length > 0
              ? vocab.labels("migrationStatus", service.statuses)
              : t("directoryPage.eligibility.anyone")}
          </Fact>
          <Fact term={t("directoryPage.fields.languages")}>{or(labels.languages(service.languages))}</Fact>
        </FactGroup>
        <FactGroup title={t("directoryPage.service.when")}>
          <Fact term={t("directoryPage.card.hours")}>{or(labels.hours(service))}</Fact>
          <Fact term={t("directoryPage.fields.capacity")}>
            {service.capacity === null ? dash : formatNumber(service.capacity, lang)}
          </Fact>
          <Fact term={t("directoryPage.fields.availability")}>
            {service.availabilityUpdatedAt
              ? t("directoryPage.service.availabilitySince", {
                  value: labels.availability(service.availability),
                  date: formatDate(service.availabilityUpdatedAt, lang),
                })
              : labels.availability(service.availability)}
          </Fact>
        </FactGroup>
        <FactGroup title={t("directoryPage.service.contact")}>
          <Fact term={t("directoryPage.fields.contactName")}>{or(service.contactName)}</Fact>
          <Fact term={t("directoryPage.card.contact")}>
            {service.contactPhone || service.contactEmail ? (
              <ContactLinks phone={service.contactPhone} email={service.contactEmail} />
            ) : (
              dash
            )}
          </Fact>
        </FactGroup>
        <FactGroup title={t("directoryPage.service.entry")}>
          <Fact term={t("directoryPage.service.keeper")}>{service.keeperOrganisationName}</Fact>
          <Fact term={t("directoryPage.card.verified")}>
            <Text component="span" size="sm" c={service.verificationDue ? "orange" : undefined}>
              {labels.lastVerified(service.verifiedAt)}
              {service.verifiedByName ? ` · ${service.verifiedByName}` : ""}
            </Text>
          </Fact>
          <Fact term={t("directoryPage.service.referrals")}>
            {service.memberOrganisationId
              ? t("directoryPage.service.referralsInside")
              : t("directoryPage.service.referralsOutside")}
          </Fact>
        </FactGroup>
      </SimpleGrid>
    </Stack>
  );
}

function FactGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <Title order={2} size="h4" mb={4}>
        {title}
      </Title>
      <dl style={{ margin: 0, display: "grid", gap: 4 }}>{children}</dl>
    </section>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600}>
        {term}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </div>
  );
}
