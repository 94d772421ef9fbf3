import { Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReferralFigures, ReferralTimes } from "../../../shared/api/referral-figures.js";
import { formatNumber } from "../cases/format.js";
import { durationText } from "./figure-labels.js";

interface TimesTableProps {
  figures: ReferralFigures;
  measure: "acknowledge" | "complete";
  lang: string;
}

/**
 * The time to answer, or to complete, for all referrals and by urgency: the median and the mean. A group too
 * small for a time shows "—".
 */
export function TimesTable({ figures, measure, lang }: TimesTableProps) {
  const { t } = useTranslation();
  const id = `referral-times-${measure}`;
  const rows: { key: string; label: string; times: ReferralTimes }[] = [
    { key: "all", label: t("referralFigures.times.all"), times: figures.times[measure] },
    ...figures.times.byUrgency.map((group) => ({
      key: group.urgency,
      label: t(`referrals.urgency.${group.urgency}`),
      times: group[measure],
    })),
  ];
  const referrals = figures.times[measure].referrals;
  const hours = (value: number | null) => (value === null ? "—" : durationText(value, lang));
  return (
    <section aria-labelledby={id}>
      <Title order={3} size="h5" id={id} mb="xs">
        {t(`referralFigures.times.${measure}`)}
      </Title>
      <Table striped withTableBorder layout="fixed" verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="40%">
              {t("referralFigures.times.group")}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t("referralFigures.times.median")}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t("referralFigures.times.mean")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={row.key === "all" ? 600 : 400} style={{ overflowWrap: "anywhere" }}>
                {row.label}
              </Table.Th>
              <Table.Td ta="end">{hours(row.times.medianHours)}</Table.Td>
              <Table.Td ta="end">{hours(row.times.meanHours)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt={4}>
        {referrals === null
          ? t("referralFigures.times.overWithheld")
          : t("referralFigures.times.over", { number: formatNumber(referrals, lang) })}
      </Text>
    </section>
  );
}
