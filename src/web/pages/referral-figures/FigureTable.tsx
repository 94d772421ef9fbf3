import { Box, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReferralFigureCell } from "../../../shared/api/referral-figures.js";
import { countText } from "./figure-labels.js";

interface FigureTableProps {
  id: string;
  title: string;
  cells: readonly ReferralFigureCell[];
  label: (key: string) => string;
  threshold: number;
  lang: string;
}

/**
 * One breakdown as a table whose rows carry a bar as long as the count, as the helpline figures show theirs:
 * a chart on a wide screen, a list on a phone. The number is always in the text; the bar is decoration. A
 * withheld cell says "fewer than 5" and has no bar.
 */
export function FigureTable({ id, title, cells, label, threshold, lang }: FigureTableProps) {
  const { t } = useTranslation();
  const largest = Math.max(1, ...cells.map((cell) => cell.count ?? 0));
  const empty = cells.every((cell) => cell.count === 0);
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {cells.length === 0 || empty ? (
        <Text size="sm">{t("referralFigures.noData")}</Text>
      ) : (
        <Table striped withTableBorder layout="fixed" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="45%">
                {t("referralFigures.category")}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t("referralFigures.count")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cells.map((cell) => (
              <Table.Tr key={cell.key}>
                <Table.Th scope="row" fw={400} style={{ overflowWrap: "anywhere" }}>
                  {label(cell.key)}
                </Table.Th>
                <Table.Td>
                  <Box style={{ display: "flex", alignItems: "center", gap: 8 }}>
                    <Box aria-hidden style={{ flex: 1 }}>
                      {cell.count ? (
                        <Box
                          bg="teal.7"
                          h={10}
                          w={`${Math.max(2, Math.round((cell.count / largest) * 100))}%`}
                          style={{ borderRadius: 2 }}
                        />
                      ) : null}
                    </Box>
                    <Text
                      span
                      size="sm"
                      style={{ whiteSpace: "nowrap" }}
                      c={cell.count === null ? "dimmed" : undefined}
                    >
                      {countText(cell.count, threshold, t, lang)}
                    </Text>
                  </Box>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
