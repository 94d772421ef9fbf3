import { Alert, Button, FileInput, Group, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DIRECTORY_IMPORT_MAX_ROWS, type DirectoryImportReport } from "../../../../shared/api/directory.js";
import { useSession } from "../../../api/session.js";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import { SuccessAlert } from "../../../components/SuccessAlert.js";
import { currentLanguage } from "../../../i18n.js";
import { DIRECTORY_KEY } from "../directory-api.js";
import { ImportRefused, importDirectory } from "./directory-import.js";
import { ImportCounts, ImportProblems } from "./ImportReport.js";

const ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Import of a directory spreadsheet in two steps: a check that writes nothing and lists every bad row, then
 * the import itself, offered only once the check found none. Nothing is half-written: a refused import
 * changes no entry.
 */
export function ImportDialog() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const send = (dryRun: boolean) => {
    if (!file) throw new Error("no file chosen");
    return importDirectory(file, dryRun, session?.csrfToken ?? "", currentLanguage());
  };
  const check = useMutation({ mutationFn: () => send(true) });
  const save = useMutation({
    mutationFn: () => send(false),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DIRECTORY_KEY }),
  });
  const reset = () => {
    check.reset();
    save.reset();
  };
  const choose = (next: File | null) => {
    setFile(next);
    reset();
  };
  const finish = () => {
    close();
    setFile(null);
    reset();
  };

  const refused = save.error instanceof ImportRefused ? save.error.report : undefined;
  const checkRefused = check.error instanceof ImportRefused ? check.error.report : undefined;
  const report: DirectoryImportReport | undefined = save.data ?? refused ?? check.data ?? checkRefused;
  const bad = report ? report.problems.length > 0 || report.badRows.length > 0 : false;
  const ready = check.isSuccess && !bad && !save.isSuccess;

  return (
    <>
      <Button variant="default" onClick={open}>
        {t("directoryPage.import.open")}
      </Button>
      <Modal
        opened={opened}
        onClose={finish}
        title={t("directoryPage.import.title")}
        size="xl"
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <Stack gap="sm">
          <Text size="sm">{t("directoryPage.import.intro", { max: DIRECTORY_IMPORT_MAX_ROWS })}</Text>
          <FileInput
            label={t("directoryPage.import.file")}
            placeholder={t("directoryPage.import.choose")}
            accept={ACCEPT}
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
              {t("directoryPage.import.check")}
            </Button>
            <Button onClick={() => save.mutate()} disabled={!ready} loading={save.isPending}>
              {t("directoryPage.import.import")}
            </Button>
          </Group>
          {check.isSuccess && !bad && !save.isSuccess ? (
            <Text size="sm" c="dimmed">
              {t("directoryPage.import.checkedClean")}
            </Text>
          ) : null}
          {check.error && !checkRefused ? <ErrorAlert error={check.error} /> : null}
          {save.error && !refused ? <ErrorAlert error={save.error} /> : null}
          {report && bad ? (
            <Alert color="red" variant="light" role="alert">
              {t("directoryPage.import.hasProblems", { count: report.badRows.length || report.problems.length })}
            </Alert>
          ) : null}
          {save.isSuccess ? <SuccessAlert>{t("directoryPage.import.done")}</SuccessAlert> : null}
          {report ? <ImportCounts report={report} /> : null}
          {report ? <ImportProblems problems={report.problems} /> : null}
          {save.isSuccess ? (
            <Group justify="flex-end">
              <Button onClick={finish}>{t("common.close")}</Button>
            </Group>
          ) : null}
        </Stack>
      </Modal>
    </>
  );
}
