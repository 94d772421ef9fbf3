import { Card, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";

/** One problem in one cell of an imported spreadsheet, as every import report gives it. */
export interface ImportProblem {
  row: number;
  field: string;
  message: string;
}

/** Each import's own words, already translated. */
export interface ImportProblemsText {
  /** Names the table (or the list on a phone). */
  caption: string;
  row: string;
  column: string;
  problem: string;
  /** "Row 4, Service type": the heading of a problem's card on a phone. */
  where: (row: number, column: string) => string;
}

interface ImportProblemsProps {
  problems: readonly ImportProblem[];
  text: ImportProblemsText;
  /** The column's name as the person knows it from the file. */
  column: (field: string) => string;
}

/**
 * Every problem of a file with its row (as the spreadsheet numbers it) and column, in the server's words:
 * a table on a wide screen, one card per problem on a phone so nothing scrolls sideways.
 */
export function ImportProblems({ problems, text, column }: ImportProblemsProps) {
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  if (problems.length === 0) return null;
  if (isPhone) {
    return (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label={text.caption}>
        {problems.map((problem, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems are listed in the order the server found them.
          <Card key={index} component="li" withBorder padding="xs">
            <Text size="sm" fw={600}>
              {text.where(problem.row, column(problem.field))}
            </Text>
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              {problem.message}
            </Text>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder>
        <Table.Caption>{text.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{text.row}</Table.Th>
            <Table.Th scope="col">{text.column}</Table.Th>
            <Table.Th scope="col">{text.problem}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems are listed in the order the server found them.
            <Table.Tr key={index}>
              <Table.Td>{problem.row}</Table.Td>
              <Table.Td>{column(problem.field)}</Table.Td>
              <Table.Td style={{ overflowWrap: "anywhere" }}>{problem.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
