import { Anchor, Button, Group, Input, Stack, Table, Text, Title } from "@mantine/core";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ATTACHMENT_MAX_BYTES } from "../../../../shared/api/case-records.js";
import { useCursorList } from "../../../api/paging.js";
import { useSession } from "../../../api/session.js";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import { LoadMore } from "../../../components/LoadMore.js";
import { SuccessAlert } from "../../../components/SuccessAlert.js";
import { formatDateTime } from "../../../format.js";
import type { TabProps } from "../CasePage.js";
import { casePartKey, casePath, useCaseMutation } from "../case-api.js";
import type { Attachment } from "../case-types.js";
import { FormError } from "../FormError.js";
import { errorsUnder } from "../field-errors.js";
import { formatBytes } from "../format.js";
import { uploadAttachment } from "../upload.js";
import { useVocab } from "../vocab.js";

const MAX_MB = ATTACHMENT_MAX_BYTES / (1024 * 1024);

function UploadForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const { data: session } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const upload = useCaseMutation(
    (chosen: File) => uploadAttachment(caseId, chosen, session?.csrfToken ?? "", vocab.lang),
    () => {
      setFile(null);
      if (input.current) input.current.value = "";
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    // Said before ten megabytes go up a slow connection only to be refused.
    const large = file.size > ATTACHMENT_MAX_BYTES;
    setTooLarge(large);
    if (!large) upload.mutate(file);
  };
  const error = tooLarge ? t("casePage.attachments.tooLarge", { max: MAX_MB }) : errorsUnder(upload.error).file;
  return (
    <form onSubmit={submit} noValidate aria-label={t("casePage.attachments.upload")}>
      <Stack gap="xs">
        <Input.Wrapper
          label={t("casePage.attachments.file")}
          description={t("casePage.attachments.allowed", { max: MAX_MB })}
          error={error}
          id="attachment-file"
        >
          <input
            ref={input}
            id="attachment-file"
            type="file"
            aria-describedby={
              error ? "attachment-file-description attachment-file-error" : "attachment-file-description"
            }
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              upload.reset();
              setTooLarge(false);
              setFile(event.currentTarget.files?.[0] ?? null);
            }}
            style={{ display: "block", marginTop: 6, maxWidth: "100%" }}
          />
        </Input.Wrapper>
        {upload.isSuccess ? <SuccessAlert>{t("casePage.attachments.uploaded")}</SuccessAlert> : null}
        {error ? null : <FormError error={upload.error} />}
        <Group>
          <Button type="submit" loading={upload.isPending} disabled={!file}>
            {t("casePage.attachments.upload")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Documents of the case: uploaded one at a time, listed newest first, downloaded through a plain link. */
export function AttachmentsTab({ item, canWrite }: TabProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const files = useCursorList<Attachment>(casePartKey(item.id, "attachments"), `${casePath(item.id)}/attachments`, {});
  return (
    <Stack>
      <Title order={2} size="h3">
        {t("casePage.tabs.attachments")}
      </Title>
      {canWrite && !item.identifyingErased ? <UploadForm caseId={item.id} /> : null}
      <ErrorAlert error={files.error} />
      {files.isSuccess && files.items.length === 0 ? <Text>{t("casePage.attachments.empty")}</Text> : null}
      {files.items.length > 0 ? (
        <Table.ScrollContainer minWidth={520}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("casePage.attachments.file")}</Table.Th>
                <Table.Th scope="col">{t("casePage.attachments.size")}</Table.Th>
                <Table.Th scope="col">{t("casePage.attachments.uploadedBy")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {files.items.map((file) => (
                <Table.Tr key={file.id}>
                  <Table.Td style={{ overflowWrap: "anywhere" }}>
                    {file.fileName === null ? (
                      <Text span c="dimmed">
                        {t("casePage.erased")}
                      </Text>
                    ) : (
                      <Anchor href={`/api/attachments/${encodeURIComponent(file.id)}`} download={file.fileName}>
                        {file.fileName}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatBytes(file.sizeBytes, vocab.lang)}</Table.Td>
                  <Table.Td>
                    {file.uploadedByName ?? ""}
                    {" · "}
                    <time dateTime={file.createdAt}>{formatDateTime(file.createdAt, vocab.lang)}</time>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <LoadMore list={files} />
    </Stack>
  );
}
