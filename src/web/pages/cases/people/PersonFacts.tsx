import { Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Person } from "../case-types.js";
import { type Fact, Facts } from "../Facts.js";
import { formatDate } from "../format.js";
import { useVocab } from "../vocab.js";

type Vocab = ReturnType<typeof useVocab>;
type Identity = NonNullable<Person["identity"]>;

function birthOf(person: Person, t: TFunction, lang: string): string {
  if (person.identity?.birthDate) return formatDate(person.identity.birthDate, lang);
  if (!person.birthYear) return "";
  return `${person.birthYear}${person.birthYearEstimated ? ` (${t("casePage.estimated")})` : ""}`;
}

function documentsOf(identity: Identity | null, vocab: Vocab): string {
  return (identity?.identityDocuments ?? [])
    .map((doc) =>
      [doc.type, doc.number, doc.country ? `(${vocab.country(doc.country)})` : ""].filter(Boolean).join(" "),
    )
    .join("; ");
}

function addressOf(identity: Identity | null, vocab: Vocab): string {
  const address = identity?.address;
  if (!address) return "";
  const town = [address.postalCode, address.city].filter(Boolean).join(" ");
  return [address.street, town, address.region, vocab.country(address.country)].filter(Boolean).join(", ");
}

function disabilityOf(person: Person, vocab: Vocab): string {
  return Object.entries(person.disability ?? {})
    .map(([domain, degree]) => `${vocab.label("disabilityDomain", domain)}: ${vocab.label("disabilityDegree", degree)}`)
    .join("; ");
}

/** The person's details; a short version (name, birth, gender, citizenship) for people beside the victim. */
export function PersonFacts({ person, short, extra = [] }: { person: Person; short?: boolean; extra?: Fact[] }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const identity = person.identity;
  const erased = (
    <Text span c="dimmed">
      {t("casePage.erased")}
    </Text>
  );
  // Once erased, the identifying values are gone for good: say so rather than "not recorded".
  const sealed = (value: string) => (person.erased ? erased : value);
  const essentials: Fact[] = [
    // A short card carries the name in its heading already.
    ...(short ? [] : [{ label: t("casePage.person.name"), value: sealed(person.displayName) }]),
    ...extra,
    {
      label: t("casePage.person.birth"),
      value: person.erased && !person.birthYear ? erased : birthOf(person, t, vocab.lang),
    },
    { label: t("fields.gender"), value: vocab.label("gender", person.gender) },
    { label: t("fields.citizenships"), value: vocab.countries(person.citizenships) },
  ];
  if (short) return <Facts facts={essentials} />;
  return (
    <Facts
      facts={[
        ...essentials,
        { label: t("fields.otherNames"), value: sealed((identity?.otherNames ?? []).join(", ")) },
        { label: t("casePage.person.ageBand"), value: vocab.label("ageBand", person.ageBand) },
        { label: t("fields.sex"), value: vocab.label("sex", person.sex) },
        { label: t("fields.phones"), value: sealed((identity?.phones ?? []).join(", ")) },
        { label: t("fields.emails"), value: sealed((identity?.emails ?? []).join(", ")) },
        { label: t("fields.address"), value: sealed(addressOf(identity, vocab)) },
        { label: t("fields.identityDocuments"), value: sealed(documentsOf(identity, vocab)) },
        { label: t("fields.primaryLanguage"), value: vocab.label("language", person.primaryLanguage) },
        { label: t("fields.languages"), value: vocab.labels("language", person.languages) },
        { label: t("fields.education"), value: vocab.label("educationLevel", person.education) },
        { label: t("fields.maritalStatus"), value: vocab.label("maritalStatus", person.maritalStatus) },
        {
          label: t("fields.numberOfChildren"),
          value: person.numberOfChildren === null ? "" : String(person.numberOfChildren),
        },
        { label: t("fields.migrationStatuses"), value: vocab.labels("migrationStatus", person.migrationStatuses) },
        { label: t("fields.vulnerabilityFlags"), value: vocab.labels("vulnerabilityFlag", person.vulnerabilityFlags) },
        { label: t("fields.disability"), value: disabilityOf(person, vocab) },
        { label: t("fields.deceased"), value: person.deceased ? t("common.yes") : t("common.no") },
      ]}
    />
  );
}
