import { Button, Card, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { useCursorList } from "../../../api/paging.js";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import { LoadMore } from "../../../components/LoadMore.js";
import { formatDateTime } from "../../../format.js";
import type { TabProps } from "../CasePage.js";
import { casePartKey, casePath, useCaseMutation } from "../case-api.js";
import type { Note } from "../case-types.js";
import { FormError } from "../FormError.js";
import { errorsUnder } from "../field-errors.js";
import { useVocab } from "../vocab.js";

function NoteForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const save = useCaseMutation(
    (body: { text: string }) => api.post(`${casePath(caseId)}/notes`, body),
    () => setText(""),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ text: text.trim() });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("casePage.notes.add")}>
      <Stack gap="xs">
        <Textarea
          label={t("casePage.notes.text")}
          description={t("casePage.notes.neverEdited")}
          autosize
          minRows={3}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={errorsUnder(save.error).text}
        />
        <FormError error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!text.trim()}>
            {t("casePage.notes.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Case notes, newest first. A note is never changed: a correction is a new note. */
export function NotesTab({ item, canWrite }: TabProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const notes = useCursorList<Note>(casePartKey(item.id, "notes"), `${casePath(item.id)}/notes`, {}, { limit: 20 });
  return (
    <Stack>
      <Title order={2} size="h3">
        {t("casePage.tabs.notes")}
      </Title>
      {canWrite && !item.identifyingErased ? <NoteForm caseId={item.id} /> : null}
      <ErrorAlert error={notes.error} />
      {notes.isSuccess && notes.items.length === 0 ? <Text>{t("casePage.notes.empty")}</Text> : null}
      {notes.items.map((note) => (
        <Card key={note.id} withBorder padding="sm" component="article">
          <Text size="xs" c="dimmed" mb={4}>
            <time dateTime={note.createdAt}>{formatDateTime(note.createdAt, vocab.lang)}</time>
            {note.authorName ? ` · ${note.authorName}` : ""}
          </Text>
          {note.text === null ? (
            <Text c="dimmed">{t("casePage.erased")}</Text>
          ) : (
            <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{note.text}</Text>
          )}
        </Card>
      ))}
      <LoadMore list={notes} />
    </Stack>
  );
}
