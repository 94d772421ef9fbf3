import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ServiceDetail } from "../../../shared/api/directory.js";
import { SERVICE_TYPES } from "../../../shared/directory/vocab.js";
import { formatDate } from "../cases/format.js";
import { type Option, useVocab } from "../cases/vocab.js";

/** Colours of the availability badge and of the map's points; the badge's words carry the meaning too. */
export const AVAILABILITY_COLOURS: Readonly<Record<string, string>> = {
  available: "green",
  limited: "orange",
  full: "red",
  unknown: "gray",
};

/**
 * Labels of the directory's vocabularies and the one-line summaries of a service (where, for whom, when),
 * in the interface language. An unknown code (from an import, an older version) is shown as it is.
 */
export function useDirectoryLabels() {
  const { t } = useTranslation();
  const vocab = useVocab();
  return useMemo(() => {
    const lang = vocab.lang;
    const serviceType = (type: string) => t(`serviceTypes.${type}`, { defaultValue: type });
    const availability = (value: string) => t(`availability.${value}`, { defaultValue: value });
    const collator = new Intl.Collator(lang);
    const serviceTypeOptions = (): Option[] =>
      SERVICE_TYPES.map((type) => ({ value: type, label: serviceType(type) })).sort((a, b) =>
        collator.compare(a.label, b.label),
      );
    const list = (items: readonly string[]) =>
      items.length === 0 ? "" : new Intl.ListFormat(lang, { type: "conjunction" }).format(items);

    /** Where the service is: "Lviv, Lviv oblast, Ukraine". */
    const place = (service: Pick<ServiceDetail, "city" | "region" | "country">) =>
      [service.city, service.region, vocab.country(service.country)].filter(Boolean).join(", ");

    /** Whom it reaches beyond its own place: the countries, regions and cities it covers, and remote help. */
    const area = (service: ServiceDetail) => {
      const parts = [
        ...service.areaCities,
        ...service.areaRegions,
        ...service.areaCountries.map((code) => vocab.country(code)),
      ];
      const covered = parts.length > 0 ? t("directoryPage.card.covers", { places: list(parts) }) : "";
      return [covered, service.remote ? t("directoryPage.card.remote") : ""].filter(Boolean).join(" · ");
    };

    /** For whom: age range, sexes, nationalities, statuses; "everyone" when the service sets no rule. */
    const eligibility = (service: ServiceDetail) => {
      const parts: string[] = [];
      const { minAge, maxAge } = service;
      if (minAge !== null && maxAge !== null) parts.push(t("directoryPage.eligibility.ageRange", { minAge, maxAge }));
      else if (minAge !== null) parts.push(t("directoryPage.eligibility.ageFrom", { minAge }));
      else if (maxAge !== null) parts.push(t("directoryPage.eligibility.ageTo", { maxAge }));
      if (service.sexes.length > 0) parts.push(vocab.labels("sex", service.sexes));
      if (service.nationalities.length > 0) {
        parts.push(t("directoryPage.eligibility.nationalities", { countries: vocab.countries(service.nationalities) }));
      }
      if (service.statuses.length > 0) parts.push(vocab.labels("migrationStatus", service.statuses));
      return parts.length > 0 ? parts.join(" · ") : t("directoryPage.eligibility.everyone");
    };

    const hours = (service: Pick<ServiceDetail, "openAlways" | "openingHours">) =>
      service.openAlways ? t("directoryPage.card.openAlways") : (service.openingHours ?? "");

    const languages = (codes: readonly string[]) => vocab.labels("language", codes);

    const lastVerified = (verifiedAt: string | null) =>
      verifiedAt
        ? t("directoryPage.card.lastVerified", { date: formatDate(verifiedAt, lang) })
        : t("directoryPage.card.neverVerified");

    return {
      lang,
      vocab,
      serviceType,
      availability,
      serviceTypeOptions,
      place,
      area,
      eligibility,
      hours,
      languages,
      lastVerified,
    };
  }, [t, vocab]);
}
