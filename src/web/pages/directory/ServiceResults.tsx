import { Anchor, Card, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { ServiceDetail } from "../../../shared/api/directory.js";
import { ServiceBadges } from "./DirectoryBadges.js";
import { useDirectoryLabels } from "./directory-labels.js";

/**
 * Services as cards, one under another: readable on a phone without sideways scrolling, and each card says
 * what a caseworker checks before calling (where, for whom, in which languages, when open, how to reach).
 */
export function ServiceResults({
  items,
  headingLevel = 2,
}: {
  items: readonly ServiceDetail[];
  /** 2 under the page's title; 3 where the list sits in a section of its own. */
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("directoryPage.results")}>
      {items.map((service) => (
        <ServiceCard key={service.id} service={service} headingLevel={headingLevel} />
      ))}
    </Stack>
  );
}

function ServiceCard({ service, headingLevel }: { service: ServiceDetail; headingLevel: 2 | 3 }) {
  const { t } = useTranslation();
  const labels = useDirectoryLabels();
  const place = labels.place(service);
  const area = labels.area(service);
  const hours = labels.hours(service);
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={6}>
        <Title order={headingLevel} size="h4" style={{ overflowWrap: "anywhere" }}>
          <Anchor component={Link} to={`/directory/services/${service.id}`} inherit>
            {service.name}
          </Anchor>
        </Title>
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          <Anchor component={Link} to={`/directory/providers/${service.providerId}`} inherit>
            {service.providerName}
          </Anchor>
        </Text>
        <ServiceBadges service={service} />
        <dl style={{ margin: 0, display: "grid", gap: 2 }}>
          {place || area ? (
            <Fact term={t("directoryPage.card.where")}>{[place, area].filter(Boolean).join(" · ")}</Fact>
          ) : null}
          {service.languages.length > 0 ? (
            <Fact term={t("directoryPage.card.languages")}>{labels.languages(service.languages)}</Fact>
          ) : null}
          <Fact term={t("directoryPage.card.forWhom")}>{labels.eligibility(service)}</Fact>
          {hours ? <Fact term={t("directoryPage.card.hours")}>{hours}</Fact> : null}
          {service.contactPhone || service.contactEmail ? (
            <Fact term={t("directoryPage.card.contact")}>
              <ContactLinks phone={service.contactPhone} email={service.contactEmail} />
            </Fact>
          ) : null}
          <Fact term={t("directoryPage.card.verified")}>
            <Text component="span" size="sm" c={service.verificationDue ? "orange" : undefined}>
              {labels.lastVerified(service.verifiedAt)}
            </Text>
          </Fact>
        </dl>
      </Stack>
    </Card>
  );
}

/** A term and its description on one line where they fit, wrapping on a narrow screen. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div style={{ display: "flex", flexWrap: "wrap", columnGap: 6 }}>
      <Text component="dt" size="sm" fw={600}>
        {term}:
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </div>
  );
}

/** A phone number to call with one tap and an address to write to. */
export function ContactLinks({ phone, email }: { phone: string | null; email: string | null }) {
  return (
    <>
      {phone ? (
        <Anchor href={`tel:${phone.replace(/[^\d+]/g, "")}`} size="sm">
          {phone}
        </Anchor>
      ) : null}
      {phone && email ? " · " : null}
      {email ? (
        <Anchor href={`mailto:${email}`} size="sm">
          {email}
        </Anchor>
      ) : null}
    </>
  );
}
