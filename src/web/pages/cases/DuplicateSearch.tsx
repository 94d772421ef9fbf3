import { Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.js";
import type { PersonIdentity, PersonMatch } from "./case-types.js";
import { FormError } from "./FormError.js";
import { normalisePhone, type PersonFormValues } from "./person-form.js";

const E164 = /^\+[1-9]\d{7,14}$/;

function searchIdentity(values: PersonFormValues): PersonIdentity | null {
  const phone = normalisePhone(values.phones[0] ?? "");
  const name = `${values.firstName} ${values.secondName}`.trim();
  if (name.length < 2 && !E164.test(phone)) return null;
  return {
    firstName: values.firstName.trim() || null,
    secondName: values.secondName.trim() || null,
    birthDate: values.birthDate || null,
    phones: E164.test(phone) ? [phone] : [],
  };
}

/** Possible duplicates as the caseworker types; the text goes in a POST body, never in an address. */
function useDuplicates(values: PersonFormValues) {
  const identity = searchIdentity(values);
  const [debounced] = useDebouncedValue(identity ? JSON.stringify(identity) : null, 400);
  const settled = debounced === (identity ? JSON.stringify(identity) : null);
  const query = useQuery({
    queryKey: ["people", "duplicates", debounced],
    queryFn: () =>
      api.post<{ items: PersonMatch[] }>("/api/people/duplicates", { identity: JSON.parse(debounced ?? "{}") }),
    enabled: debounced !== null,
    placeholderData: keepPreviousData,
    // Names typed here are not kept in memory longer than the page needs them.
    gcTime: 30_000,
    staleTime: 30_000,
  });
  return { ...query, searching: identity !== null && (!settled || query.isFetching), asked: identity !== null };
}

interface DuplicateSearchProps {
  values: PersonFormValues;
  onChange: (values: PersonFormValues) => void;
  onPick: (match: PersonMatch) => void;
  onNew: () => void;
}

/** Step one of an intake: is this person already known? Ranked candidates with the reasons they match. */
export function DuplicateSearch({ values, onChange, onPick, onNew }: DuplicateSearchProps) {
  const { t } = useTranslation();
  const duplicates = useDuplicates(values);
  const set = <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const items = duplicates.asked ? (duplicates.data?.items ?? []) : [];
  // Enter must not skip the look at the candidates: the search already runs as the person types.
  const submit = (event: FormEvent) => event.preventDefault();

  return (
    <Stack>
      <Text maw={720}>{t("intake.searchIntro")}</Text>
      <form onSubmit={submit} noValidate aria-label={t("intake.searchTitle")}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <TextInput
            label={t("fields.firstName")}
            value={values.firstName}
            onChange={(event) => set("firstName", event.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
          <TextInput
            label={t("fields.secondName")}
            value={values.secondName}
            onChange={(event) => set("secondName", event.currentTarget.value)}
            autoComplete="off"
          />
          <TextInput
            type="date"
            label={t("fields.birthDate")}
            value={values.birthDate}
            onChange={(event) => set("birthDate", event.currentTarget.value)}
          />
          <TextInput
            type="tel"
            label={t("fields.phone")}
            description={t("intake.phoneShortHint")}
            value={values.phones[0] ?? ""}
            onChange={(event) => set("phones", [event.currentTarget.value, ...values.phones.slice(1)])}
            autoComplete="off"
          />
        </SimpleGrid>
      </form>
      <section aria-labelledby="candidates-title">
        <Title order={2} size="h3" id="candidates-title">
          {t("intake.candidatesTitle")}
        </Title>
        <div aria-live="polite">
          {!duplicates.asked ? <Text c="dimmed">{t("intake.typeToSearch")}</Text> : null}
          {duplicates.searching ? (
            <Group gap="xs" mt="xs">
              <Loader size="xs" aria-hidden />
              <Text size="sm">{t("intake.searching")}</Text>
            </Group>
          ) : null}
          {duplicates.asked && !duplicates.searching && duplicates.isSuccess && items.length === 0 ? (
            <Text mt="xs">{t("intake.noCandidates")}</Text>
          ) : null}
          {duplicates.asked && !duplicates.searching && items.length > 0 ? (
            <Text mt="xs">{t("intake.candidatesFound", { count: items.length })}</Text>
          ) : null}
        </div>
        <FormError error={duplicates.error} />
        <Stack gap="sm" mt="sm">
          {items.map((match) => (
            <Candidate key={match.personId} match={match} onPick={() => onPick(match)} />
          ))}
        </Stack>
      </section>
      <Group>
        <Button onClick={onNew} disabled={!duplicates.asked} variant={items.length > 0 ? "default" : "filled"}>
          {t("intake.continueNew")}
        </Button>
      </Group>
    </Stack>
  );
}

function Candidate({ match, onPick }: { match: PersonMatch; onPick: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" component="article" aria-label={match.displayName || t("intake.unnamed")}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text fw={600}>{match.displayName || t("intake.unnamed")}</Text>
          {match.birthYear ? <Text size="sm">{t("intake.bornIn", { year: match.birthYear })}</Text> : null}
          <Group gap={6}>
            {match.reasons.map((reason) => (
              <Badge key={reason} variant="light" tt="none" h="auto" styles={{ label: { whiteSpace: "normal" } }}>
                {t(`intake.reasons.${reason}`)}
              </Badge>
            ))}
          </Group>
          <Text size="sm">
            {match.caseNumbers.length > 0
              ? t("intake.caseNumbers", { numbers: match.caseNumbers.join(", "), count: match.caseNumbers.length })
              : t("intake.noCases")}
          </Text>
        </Stack>
        <Button variant="light" onClick={onPick}>
          {t("intake.useThisPerson")}
        </Button>
      </Group>
    </Card>
  );
}
