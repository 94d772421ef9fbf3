import { Button, Card, Group, Loader, Stack, Text, TextInput } from "@mantine/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PersonMatch } from "../case-types.js";
import { FormError } from "../FormError.js";
import { usePeopleSearch } from "./people-api.js";

interface PersonSearchProps {
  /** People not to offer: the person the search is for, those already in the case. */
  exclude?: readonly string[];
  onPick: (match: PersonMatch) => void;
  autoFocus?: boolean;
}

/**
 * Looks for a registered person as the caseworker types. It is not a form of its own (it sits inside
 * other forms), so Enter in the box is kept from submitting the form around it.
 */
export function PersonSearch({ exclude = [], onPick, autoFocus }: PersonSearchProps) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const search = usePeopleSearch(text);
  const statusId = useId();
  const items = search.items.filter((match) => !exclude.includes(match.personId));

  return (
    <Stack gap="sm">
      <TextInput
        type="search"
        label={t("casePeople.search.label")}
        description={t("casePeople.search.hint")}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") event.preventDefault();
        }}
        autoComplete="off"
        aria-describedby={statusId}
        data-autofocus={autoFocus ? true : undefined}
      />
      <div id={statusId} aria-live="polite">
        {search.searching ? (
          <Group gap="xs">
            <Loader size="xs" aria-hidden />
            <Text size="sm">{t("intake.searching")}</Text>
          </Group>
        ) : null}
        {search.asked && !search.searching && search.isSuccess ? (
          <Text size="sm">
            {items.length === 0 ? t("casePeople.search.none") : t("casePeople.search.found", { count: items.length })}
          </Text>
        ) : null}
      </div>
      <FormError error={search.error} />
      {items.map((match) => {
        const name = match.displayName || t("intake.unnamed");
        return (
          <Card key={match.personId} withBorder padding="sm" component="article" aria-label={name}>
            <Group justify="space-between" align="flex-start" wrap="wrap">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                  {name}
                </Text>
                {match.birthYear ? <Text size="sm">{t("intake.bornIn", { year: match.birthYear })}</Text> : null}
                <Text size="sm">
                  {match.caseNumbers.length > 0
                    ? t("intake.caseNumbers", {
                        numbers: match.caseNumbers.join(", "),
                        count: match.caseNumbers.length,
                      })
                    : t("intake.noCases")}
                </Text>
              </Stack>
              <Button
                variant="light"
                onClick={() => onPick(match)}
                aria-label={t("casePeople.search.chooseNamed", { name })}
              >
                {t("casePeople.search.choose")}
              </Button>
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}
