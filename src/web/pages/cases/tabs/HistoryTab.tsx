import { Code, Stack, Table, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import { formatDateTime } from "../../../format.js";
import type { TabProps } from "../CasePage.js";
import { useCaseItems } from "../case-api.js";
import type { CaseAccessEntry, CaseHistoryEntry } from "../case-types.js";
import { UndoMergeButton } from "../people/UndoMergeButton.js";
import { useVocab } from "../vocab.js";

/** Identifiers of the records a change touched: not something a reader needs to see. */
const HIDDEN = new Set([
  "personId",
  "eventId",
  "planId",
  "assistanceId",
  "mergeId",
  "taskId",
  "noteId",
  "attachmentId",
  "imported",
  "role",
  // A merge names the two person records it joined; the action says what happened.
  "from",
  "to",
]);

/** Merges recorded in this history that have not been undone since, by merge id. */
function openMerges(entries: CaseHistoryEntry[]): Set<string> {
  const open = new Set<string>();
  // Oldest first, so that a later undo closes an earlier merge.
  for (const entry of [...entries].reverse()) {
    const mergeId = typeof entry.changes.mergeId === "string" ? entry.changes.mergeId : null;
    if (!mergeId) continue;
    if (entry.action === "person.merged") open.add(mergeId);
    if (entry.action === "person.merge_undone") open.delete(mergeId);
  }
  return open;
}

/** A field's label: the history's own names first (fields that forms call otherwise), then the shared ones. */
function fieldName(t: TFunction, field: string): string {
  return t(`caseHistory.fieldNames.${field}`, { defaultValue: t(`fields.${field}`, { defaultValue: field }) });
}

function describeChanges(entry: CaseHistoryEntry, t: TFunction, stageLabel: (stage: string) => string): string {
  const changes = entry.changes;
  const parts: string[] = [];
  const stage = changes.stage as { from?: string | null; to?: string } | undefined;
  if (stage?.to) {
    parts.push(
      stage.from
        ? t("caseHistory.stageChange", { from: stageLabel(stage.from), to: stageLabel(stage.to) })
        : t("caseHistory.stageSet", { to: stageLabel(stage.to) }),
    );
  }
  if (typeof changes.reason === "string") parts.push(t("caseHistory.reason", { reason: changes.reason }));
  const fields = Array.isArray(changes.fields)
    ? (changes.fields as unknown[]).map(String)
    : Object.keys(changes).filter((key) => !HIDDEN.has(key) && key !== "stage" && key !== "reason" && key !== "fields");
  if (fields.length > 0) {
    parts.push(
      t("caseHistory.fields", {
        fields: fields.map((field) => fieldName(t, field)).join(", "),
      }),
    );
  }
  return parts.join(" · ");
}

/** Every change of the case with who made it, and the access log: who opened, listed or changed it. */
export function HistoryTab({ item, canWrite }: TabProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const history = useCaseItems<CaseHistoryEntry>(item.id, "history");
  const access = useCaseItems<CaseAccessEntry>(item.id, "access-log");
  const stageLabel = (stage: string) => vocab.label("caseStage", stage);
  const undoable = canWrite ? openMerges(history.data?.items ?? []) : new Set<string>();

  return (
    <Stack>
      <Title order={2} size="h3">
        {t("caseHistory.title")}
      </Title>
      <ErrorAlert error={history.error} />
      {history.isSuccess && history.data.items.length === 0 ? <Text>{t("caseHistory.empty")}</Text> : null}
      {(history.data?.items.length ?? 0) > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("caseHistory.when")}</Table.Th>
                <Table.Th scope="col">{t("caseHistory.who")}</Table.Th>
                <Table.Th scope="col">{t("caseHistory.what")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data?.items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <time dateTime={entry.at}>{formatDateTime(entry.at, vocab.lang)}</time>
                  </Table.Td>
                  <Table.Td>{entry.actorName ?? t("caseHistory.system")}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {t(`caseHistory.actions.${entry.action}`, { defaultValue: entry.action })}
                    </Text>
                    <Text size="sm">{describeChanges(entry, t, stageLabel)}</Text>
                    {entry.action === "person.merged" && undoable.has(String(entry.changes.mergeId)) ? (
                      <UndoMergeButton mergeId={String(entry.changes.mergeId)} />
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Title order={2} size="h3">
        {t("caseHistory.accessTitle")}
      </Title>
      <Text size="sm">{t("caseHistory.accessIntro")}</Text>
      <ErrorAlert error={access.error} />
      {(access.data?.items.length ?? 0) > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("caseHistory.when")}</Table.Th>
                <Table.Th scope="col">{t("caseHistory.who")}</Table.Th>
                <Table.Th scope="col">{t("fields.action")}</Table.Th>
                <Table.Th scope="col">{t("fields.outcome")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {access.data?.items.map((entry, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: access entries carry no id; the list is never reordered.
                <Table.Tr key={index}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <time dateTime={entry.at}>{formatDateTime(entry.at, vocab.lang)}</time>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: "anywhere" }}>{entry.actorName ?? entry.actorLabel}</Table.Td>
                  <Table.Td>
                    <Code>{entry.action}</Code>
                  </Table.Td>
                  <Table.Td>{t(`audit.outcomes.${entry.outcome}`, { defaultValue: entry.outcome })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
