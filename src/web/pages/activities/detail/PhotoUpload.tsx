import { Button, FileInput, Group, Radio, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorsUnder } from "../../cases/field-errors.js";
import { ActivityError } from "../ActivityError.js";
import { useUploadPhoto } from "../activity-api.js";
import { useActivityLabels } from "../activity-labels.js";

const CONSENTS = ["people_shown_agreed", "nobody_recognisable"] as const;

/** Server problems whether the multipart fields are named "body.caption" or "caption". */
export const uploadErrors = (error: unknown) => ({ ...errorsUnder(error, ""), ...errorsUnder(error, "body.") });

/**
 * A photo for the report, with what it shows, who took it, and, before anything else, whether the people in
 * it agreed or cannot be recognised: a photo without that answer is not taken.
 */
export function PhotoUpload({ activityId, onDone }: { activityId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const labels = useActivityLabels();
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState("");
  const [credit, setCredit] = useState("");
  const [consent, setConsent] = useState("");
  const [consentNote, setConsentNote] = useState("");
  const [missingFile, setMissingFile] = useState(false);
  const upload = useUploadPhoto(activityId, onDone);
  const errors = uploadErrors(upload.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissingFile(true);
      return;
    }
    upload.mutate({ file, caption: caption.trim(), credit: credit.trim(), consent, consentNote: consentNote.trim() });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FileInput
          label={t("activitiesWeb.photos.file")}
          description={t("activitiesWeb.photos.fileHint")}
          accept="image/jpeg,image/png,image/webp"
          required
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setMissingFile(false);
          }}
          error={missingFile ? t("activitiesWeb.photos.chooseFile") : errors.file}
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("activitiesWeb.photos.caption")}
            required
            value={caption}
            onChange={(event) => setCaption(event.currentTarget.value)}
            error={errors.caption}
            maxLength={500}
          />
          <TextInput
            label={t("activitiesWeb.photos.credit")}
            description={t("activitiesWeb.photos.creditHint")}
            required
            value={credit}
            onChange={(event) => setCredit(event.currentTarget.value)}
            error={errors.credit}
            maxLength={200}
          />
        </SimpleGrid>
        <Radio.Group
          label={t("activitiesWeb.photos.consent")}
          description={t("activitiesWeb.photos.consentHint")}
          required
          value={consent}
          onChange={setConsent}
          error={errors.consent}
        >
          <Stack gap={6} mt="xs">
            {CONSENTS.map((value) => (
              <Radio key={value} value={value} label={labels.consent(value)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t("activitiesWeb.photos.consentNote")}
          description={t("activitiesWeb.photos.consentNoteHint")}
          value={consentNote}
          onChange={(event) => setConsentNote(event.currentTarget.value)}
          error={errors.consentNote}
          autosize
          minRows={2}
          maxLength={1000}
        />
        <ActivityError error={upload.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={upload.isPending}>
            {t("activitiesWeb.photos.upload")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
