import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { DIRECTORY_IMPORT_MAX_ROWS } from "../../../../shared/api/directory.js";
import { ImportFileStep } from "../../../components/ImportFileStep.js";
import { ImportProblems, type ImportProblemsText } from "../../../components/ImportProblems.js";
import { SuccessAlert } from "../../../components/SuccessAlert.js";
import { useFileImport } from "../../../components/useFileImport.js";
import { DIRECTORY_KEY } from "../directory-api.js";
import { importDirectory } from "./directory-import.js";
import { ImportCounts } from "./ImportReport.js";

/**
 * Import of a directory spreadsheet in two steps: a check that writes nothing and lists every bad row, then
 * the import itself, offered only once the check found none. Nothing is half-written: a refused import
 * changes no entry.
 */
export function ImportDialog() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const importer = useFileImport(importDirectory, DIRECTORY_KEY);
  const { check, save, report } = importer;
  const finish = () => {
    close();
    importer.forget();
  };

  const bad = report ? report.problems.length > 0 || report.badRows.length > 0 : false;
  const ready = check.isSuccess && !bad && !save.isSuccess;
  // The column's name as the exported file's header row gives it, in the same language.
  const column = (field: string) => t(`directory.columns.${field}`, { defaultValue: field });
  const problemsText: ImportProblemsText = {
    caption: t("directoryPage.import.problems"),
    row: t("directoryPage.import.row"),
    column: t("directoryPage.import.column"),
    problem: t("directoryPage.import.problem"),
    where: (row, columnName) => t("directoryPage.import.where", { row, column: columnName }),
  };

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
          <ImportFileStep
            importer={importer}
            ready={ready}
            text={{
              file: t("directoryPage.import.file"),
              choose: t("directoryPage.import.choose"),
              check: t("directoryPage.import.check"),
              import: t("directoryPage.import.import"),
            }}
          />
          {check.isSuccess && !bad && !save.isSuccess ? (
            <Text size="sm" c="dimmed">
              {t("directoryPage.import.checkedClean")}
            </Text>
          ) : null}
          {report && bad ? (
            <Alert color="red" variant="light" role="alert">
              {t("directoryPage.import.hasProblems", { count: report.badRows.length || report.problems.length })}
            </Alert>
          ) : null}
          {save.isSuccess ? <SuccessAlert>{t("directoryPage.import.done")}</SuccessAlert> : null}
          {report ? <ImportCounts report={report} /> : null}
          {report ? <ImportProblems problems={report.problems} text={problemsText} column={column} /> : null}
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
