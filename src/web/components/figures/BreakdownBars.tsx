import { Box, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../pages/cases/format.js";

/** A published count, or null where it is withheld. */
export interface BreakdownCell {
  key: string;
  count: number | null;
}

interface BreakdownBarsProps {
  id: string;
  title: string;
  cells: readonly BreakdownCell[];
  label: (key: string) => string;
  threshold: number;
  lang: string;
  /** The figures page's own section of the catalogue: its noData, category, count and withheld texts. */
  texts: "hotlineFigures" | "referralFigures";
  barColor?: string;
}

/**
 * One breakdown as a table whose rows carry a bar as long as the count, so that it reads as a chart on a
 * wide screen and as a list on a phone. The number is always in the text; the bar is decoration. A withheld
 * cell says "fewer than 5" and has no bar.
 */
export function BreakdownBars({
  id,
  title,
  cells,
  label,
  threshold,
  lang,
  texts,
  barColor = "blue.6",
}: BreakdownBarsProps) {
  const { t } = useTranslation();
  const largest = Math.max(1, ...cells.map((cell) => cell.count ?? 0));
  const empty = cells.every((cell) => cell.count === 0);
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {cells.length === 0 || empty ? (
        <Text size="sm">{t(`${texts}.noData`)}</Text>
      ) : (
        <Table striped withTableBorder layout="fixed" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="45%">
                {t(`${texts}.category`)}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t(`${texts}.count`)}
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
                          bg={barColor}
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
                      {cell.count === null
                        ? t(`${texts}.withheld`, { threshold: formatNumber(threshold, lang) })
                        : formatNumber(cell.count, lang)}
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
