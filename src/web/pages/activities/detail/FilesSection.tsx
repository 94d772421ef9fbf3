import { Anchor, Button, FileInput, Group, List, Modal, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ActivityDetail, FileSummary } from "../../../../shared/api/activities.js";
import { languageName } from "../../../../shared/htcds/index.js";
import { ConfirmAction } from "../../../components/ConfirmAction.js";
import { LanguagePicker } from "../../cases/inputs.js";
import { ActivityError } from "../ActivityError.js";
import { useDeleteFile, useUploadFile } from "../activity-api.js";
import { useActivityLabels } from "../activity-labels.js";
import { uploadErrors } from "./PhotoUpload.js";

function fileSize(bytes: number, lang: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, "megabyte"] : [Math.max(1, bytes / 1000), "kilobyte"];
  return new Intl.NumberFormat(lang, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1 }).format(
    value,
  );
}

/** A guidance product's files, version by version (the guideline as published, in each language). */
export function FilesSection({ activity }: { activity: ActivityDetail }) {
  const { t } = useTranslation();
  const labels = useActivityLabels();
  const [adding, { open, close }] = useDisclosure(false);
  const remove = useDeleteFile(activity.id);
  if (activity.details.kind !== "guidance") return null;
  const versions = activity.details.guidance.versions.map((version) => version.label);
  // Files of a version since renamed still show, under their own label.
  const labelsShown = [...new Set([...versions, ...activity.files.map((file) => file.versionLabel)])];
  const describe = (file: FileSummary) =>
    [file.language ? languageName(file.language, labels.lang) : "", fileSize(file.sizeBytes, labels.lang)]
      .filter(Boolean)
      .join(" · ");
  return (
    <Stack gap="sm" component="section" aria-labelledby="activity-files">
      <Title order={2} size="h3" id="activity-files">
        {t("activitiesWeb.files.title")}
      </Title>
      {labelsShown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("activitiesWeb.files.noVersions")}
        </Text>
      ) : null}
      <ActivityError error={remove.error} />
      {labelsShown.map((label) => {
        const files = activity.files.filter((file) => file.versionLabel === label);
        return (
          <Stack key={label} gap={4}>
            <Title order={3} size="h5">
              {t("activitiesWeb.files.version", { label })}
            </Title>
            {files.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("activitiesWeb.files.none")}
              </Text>
            ) : (
              <List size="sm" spacing={4}>
                {files.map((file) => (
                  <List.Item key={file.id}>
                    <Group gap="xs" wrap="wrap">
                      <Anchor href={file.url} download={file.fileName} style={{ overflowWrap: "anywhere" }}>
                        {file.fileName}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {describe(file)}
                      </Text>
                      {activity.can.edit ? (
                        <ConfirmAction
                          label={t("activitiesWeb.files.delete")}
                          title={t("activitiesWeb.files.deleteTitle")}
                          message={t("activitiesWeb.files.deleteText", { name: file.fileName })}
                          color="red"
                          loading={remove.isPending && remove.variables === file.id}
                          onConfirm={() => remove.mutate(file.id)}
                        />
                      ) : null}
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        );
      })}
      {activity.can.edit && versions.length > 0 ? (
        <div>
          <Button variant="default" onClick={open}>
            {t("activitiesWeb.files.add")}
          </Button>
        </div>
      ) : null}
      <Modal
        opened={adding}
        onClose={close}
        title={t("activitiesWeb.files.add")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {adding ? <FileUpload activityId={activity.id} versions={versions} onDone={close} /> : null}
      </Modal>
    </Stack>
  );
}

function FileUpload({ activityId, versions, onDone }: { activityId: string; versions: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [versionLabel, setVersionLabel] = useState(versions.at(-1) ?? "");
  const [language, setLanguage] = useState<string | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const upload = useUploadFile(activityId, onDone);
  const errors = uploadErrors(upload.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissingFile(true);
      return;
    }
    upload.mutate({ file, versionLabel, language: language ?? "" });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <NativeSelect
          label={t("activitiesWeb.fields.versionLabel")}
          required
          value={versionLabel}
          onChange={(event) => setVersionLabel(event.currentTarget.value)}
          error={errors.versionLabel}
          data={versions}
        />
        <LanguagePicker
          label={t("activitiesWeb.files.language")}
          value={language}
          onChange={setLanguage}
          error={errors.language}
        />
        <FileInput
          label={t("activitiesWeb.files.file")}
          required
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setMissingFile(false);
          }}
          error={missingFile ? t("activitiesWeb.files.chooseFile") : errors.file}
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
        />
        <ActivityError error={upload.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={upload.isPending}>
            {t("activitiesWeb.files.upload")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
