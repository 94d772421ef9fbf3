import { Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../cases/format.js";

export interface FigureCell {
  key: string;
  count: number | null;
}

interface FiguresTableProps {
  id: string;
  title: string;
  cells: readonly FigureCell[];
  label: (key: string) => string;
  threshold: number;
  lang: string;
}

/** One breakdown as a two-column table; a withheld cell says "fewer than 5" rather than a number. */
export function FiguresTable({ id, title, cells, label, threshold, lang }: FiguresTableProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {cells.length === 0 ? (
        <Text size="sm">{t("screeningWeb.figures.noData")}</Text>
      ) : (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("screeningWeb.figures.category")}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t("screeningWeb.figures.count")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cells.map((cell) => (
              <Table.Tr key={cell.key}>
                <Table.Th scope="row" fw={400}>
                  {label(cell.key)}
                </Table.Th>
                <Table.Td ta="end" style={{ whiteSpace: "nowrap" }}>
                  {cell.count === null ? (
                    <Text span size="sm" c="dimmed">
                      {t("screeningWeb.figures.withheld", { threshold: formatNumber(threshold, lang) })}
                    </Text>
                  ) : (
                    formatNumber(cell.count, lang)
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
