import { Center, Loader, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { MatchResult, ServiceMatch } from "../../../shared/api/directory-matching.js";
import { reasonMessage } from "../../../shared/directory/match-reasons.js";
import { languageName } from "../../../shared/htcds/index.js";
import { api } from "../../api/client.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { casePath } from "../cases/case-api.js";
import { screeningPath } from "../screening/screening-api.js";
import { type ChosenService, MAX_SERVICES, type ReferSource } from "./refer-form.js";
import { REFERRALS_KEY } from "./referral-api.js";
import { useReferralLabels } from "./referral-labels.js";
import { ServiceOption } from "./ServiceOption.js";

export const fromMatch = (match: ServiceMatch): ChosenService => ({
  id: match.serviceId,
  name: match.name,
  providerName: match.providerName,
  serviceType: match.serviceType,
  outside: match.memberOrganisationId === null,
});

/** The case's or the screening's suggestions: the same ranking, from the needs each one records. */
const matchesPath = (source: ReferSource) =>
  `${"caseId" in source ? casePath(source.caseId) : screeningPath(source.screeningId)}/service-matches`;

interface SuggestedServicesProps {
  source: ReferSource;
  chosen: readonly ChosenService[];
  onToggle: (service: ChosenService) => void;
}

/** Services of the directory ranked for the person's needs, each with the reasons it is suggested, in words. */
export function SuggestedServices({ source, chosen, onToggle }: SuggestedServicesProps) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const matches = useQuery({
    queryKey: [...REFERRALS_KEY, "matches", source],
    queryFn: ({ signal }) => api.get<MatchResult>(matchesPath(source), undefined, signal),
    staleTime: 60_000,
  });
  const sentence = (reason: ServiceMatch["reasons"][number]) => {
    const { key, values } = reasonMessage(reason, {
      serviceType: labels.serviceType,
      language: (code) => languageName(code, labels.lang),
    });
    return t(key, { ...values, defaultValue: "" });
  };
  const needs = matches.data?.needs.serviceTypes ?? [];
  const items = matches.data?.items ?? [];
  return (
    <Stack gap="xs" component="section" aria-labelledby="refer-suggested">
      <Title order={3} size="h4" id="refer-suggested">
        {t("referralsPage.refer.suggested")}
      </Title>
      {matches.isPending ? (
        <Center>
          <Loader size="sm" aria-label={t("app.loading")} />
        </Center>
      ) : null}
      <ErrorAlert error={matches.error} />
      {needs.length > 0 ? (
        <Text size="sm">
          {t("referralsPage.refer.matchedFor", { needs: labels.list(needs.map(labels.serviceType)) })}
        </Text>
      ) : null}
      {matches.isSuccess && items.length === 0 ? <Text size="sm">{t("referralsPage.refer.noSuggestions")}</Text> : null}
      {items.length > 0 ? (
        <Stack gap="xs" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {items.map((match) => (
            <ServiceOption
              key={match.serviceId}
              service={fromMatch(match)}
              checked={chosen.some((c) => c.id === match.serviceId)}
              full={chosen.length >= MAX_SERVICES}
              onToggle={onToggle}
              details={[match.city, match.country ? labels.vocab.country(match.country) : ""]
                .filter(Boolean)
                .join(", ")}
              reasons={match.reasons.map(sentence).filter(Boolean)}
            />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
