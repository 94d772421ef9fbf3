import { Button, FileInput, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "./ErrorAlert.js";
import type { useFileImport } from "./useFileImport.js";

const SPREADSHEETS = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The words of one import dialog (each has its own catalogue section). */
export interface ImportFileStepText {
  file: string;
  choose: string;
  check: string;
  import: string;
}

/**
 * The file, the "check" and "import" buttons and the errors that came without a report: the part every
 * spreadsheet import dialog shares. `ready` says when the import may be sent (after a clean check, or a
 * check whose bad rows the person chose to leave out).
 */
export function ImportFileStep<Report>({
  importer,
  ready,
  text,
}: {
  importer: ReturnType<typeof useFileImport<Report>>;
  ready: boolean;
  text: ImportFileStepText;
}) {
  const { t } = useTranslation();
  const { file, choose, check, save, checkRefused, refused } = importer;
  return (
    <>
      <FileInput
        label={text.file}
        placeholder={text.choose}
        accept={SPREADSHEETS}
        value={file}
        onChange={choose}
        clearable
        clearButtonProps={{ "aria-label": t("common.clear") }}
      />
      <Group gap="xs" wrap="wrap">
        <Button
          onClick={() => check.mutate()}
          disabled={!file || save.isSuccess}
          loading={check.isPending}
          variant="default"
        >
          {text.check}
        </Button>
        <Button onClick={() => save.mutate()} disabled={!ready} loading={save.isPending}>
          {text.import}
        </Button>
      </Group>
      {check.error && !checkRefused ? <ErrorAlert error={check.error} /> : null}
      {save.error && !refused ? <ErrorAlert error={save.error} /> : null}
    </>
  );
}
