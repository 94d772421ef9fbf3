import { SimpleGrid, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Label and value pairs as a description list: read in order by screen readers, two columns when wide. */
export function Facts({ facts }: { facts: Fact[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" m={0}>
      {facts.map((fact) => (
        <div key={fact.label}>
          <Text component="dt" size="sm" fw={600}>
            {fact.label}
          </Text>
          <Text component="dd" m={0} style={{ overflowWrap: "anywhere" }}>
            {fact.value === "" || fact.value === null || fact.value === undefined ? (
              <Text span c="dimmed" size="sm">
                {t("casePage.notRecorded")}
              </Text>
            ) : (
              fact.value
            )}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
