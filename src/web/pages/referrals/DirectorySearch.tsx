import { Group, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ServiceDetail } from "../../../shared/api/directory.js";
import { SERVICE_TYPES } from "../../../shared/directory/vocab.js";
import { useCursorList } from "../../api/paging.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import { type ChosenService, MAX_SERVICES } from "./refer-form.js";
import { REFERRALS_KEY } from "./referral-api.js";
import { useReferralLabels } from "./referral-labels.js";
import { ServiceOption } from "./ServiceOption.js";

const fromService = (service: ServiceDetail): ChosenService => ({
  id: service.id,
  name: service.name,
  providerName: service.providerName,
  serviceType: service.serviceType,
  outside: service.memberOrganisationId === null,
});

interface DirectorySearchProps {
  chosen: readonly ChosenService[];
  onToggle: (service: ChosenService) => void;
}

/** Any service of the directory, by words of its name or provider and by type, when the suggestions miss it. */
export function DirectorySearch({ chosen, onToggle }: DirectorySearchProps) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const [typed, setTyped] = useState("");
  const [serviceType, setServiceType] = useState("");
  const [words] = useDebouncedValue(typed.trim(), 300);
  const searching = words.length >= 2 || serviceType !== "";
  const list = useCursorList<ServiceDetail>(
    [...REFERRALS_KEY, "directory-search"],
    "/api/directory/services",
    { q: words || undefined, serviceType: serviceType || undefined },
    { limit: 10, enabled: searching },
  );
  const types = SERVICE_TYPES.map((value) => ({ value, label: labels.serviceType(value) })).sort((a, b) =>
    a.label.localeCompare(b.label, labels.lang),
  );
  return (
    <Stack gap="xs" component="section" aria-labelledby="refer-search">
      <Title order={3} size="h4" id="refer-search">
        {t("referralsPage.refer.search")}
      </Title>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t("referralsPage.refer.searchWords")}
          description={t("referralsPage.refer.searchHint")}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Enter searches here; it must not send the referral form around it.
            if (event.key === "Enter") event.preventDefault();
          }}
          autoComplete="off"
          maxLength={100}
          style={{ flex: "1 1 14rem" }}
        />
        <NativeSelect
          label={t("referralsPage.refer.serviceType")}
          value={serviceType}
          onChange={(event) => setServiceType(event.currentTarget.value)}
          data={[{ value: "", label: t("referralsPage.filters.any") }, ...types]}
          style={{ flex: "1 1 12rem" }}
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Text size="sm" aria-live="polite">
        {searching && list.isSuccess
          ? list.items.length === 0
            ? t("referralsPage.refer.noResults")
            : t("referralsPage.refer.found", { count: list.items.length })
          : ""}
      </Text>
      {searching && list.items.length > 0 ? (
        <Stack
          gap="xs"
          component="ol"
          style={{ listStyle: "none", padding: 0, margin: 0 }}
          aria-label={t("referralsPage.refer.results")}
        >
          {list.items.map((service) => (
            <ServiceOption
              key={service.id}
              service={fromService(service)}
              checked={chosen.some((c) => c.id === service.id)}
              full={chosen.length >= MAX_SERVICES}
              onToggle={onToggle}
              details={[service.city, service.country ? labels.vocab.country(service.country) : ""]
                .filter(Boolean)
                .join(", ")}
            />
          ))}
        </Stack>
      ) : null}
      {searching ? <LoadMore list={list} /> : null}
    </Stack>
  );
}
