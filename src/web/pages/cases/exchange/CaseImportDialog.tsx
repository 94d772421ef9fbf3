import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "../../../../shared/api/htcds-exchange.js";
import { ImportFileStep } from "../../../components/ImportFileStep.js";
import { ImportProblems, type ImportProblemsText } from "../../../components/ImportProblems.js";
import { SuccessAlert } from "../../../components/SuccessAlert.js";
import { useFileImport } from "../../../components/useFileImport.js";
import { currentLanguage } from "../../../i18n.js";
import { CASES_KEY } from "../case-api.js";
import { CaseImportCounts, CaseImportNormalised, rowList } from "./CaseImportReport.js";
import { importCases } from "./case-exchange-api.js";

/** HTCDS field names are what the file's header row holds, so problems name the column as it is written. */
const asWritten = (field: string) => field;

/**
 * Import of an HTCDS spreadsheet of cases in two steps: a check that writes nothing and lists every bad
 * row, then the import, offered once the check is clean, or when the person chose to leave the bad rows
 * out. A refused import changes nothing.
 */
export function CaseImportDialog() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [skipBadRows, setSkipBadRows] = useState(false);
  const importer = useFileImport(
    (chosen, dryRun, context) => importCases(chosen, { dryRun, skipBadRows }, context),
    CASES_KEY,
    // A new file needs its own check and its own decision about bad rows.
    () => setSkipBadRows(false),
  );
  const { check, save, report } = importer;
  const finish = () => {
    close();
    importer.forget();
  };

  const checked = check.data;
  const bad = checked ? checked.invalid > 0 || checked.problems.length > 0 : false;
  const ready = !!checked && !save.isSuccess && checked.cases > 0 && (!bad || skipBadRows);
  const number = new Intl.NumberFormat(currentLanguage());
  const problemsText: ImportProblemsText = {
    caption: t("caseExchange.import.problems"),
    row: t("caseExchange.import.row"),
    column: t("caseExchange.import.column"),
    problem: t("caseExchange.import.problem"),
    where: (row, column) => t("caseExchange.import.where", { row, column }),
  };

  return (
    <>
      <Button variant="default" onClick={open}>
        {t("caseExchange.import.open")}
      </Button>
      <Modal
        opened={opened}
        onClose={finish}
        title={t("caseExchange.import.title")}
        size="xl"
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <Stack gap="sm">
          <Text size="sm">
            {t("caseExchange.import.intro", {
              size: number.format(IMPORT_MAX_BYTES / (1024 * 1024)),
              rows: number.format(IMPORT_MAX_ROWS),
            })}
          </Text>
          <ImportFileStep
            importer={importer}
            ready={ready}
            text={{
              file: t("caseExchange.import.file"),
              choose: t("caseExchange.import.choose"),
              check: t("caseExchange.import.check"),
              import: t("caseExchange.import.import"),
            }}
          />
          {checked && !bad && !save.isSuccess ? (
            <Text size="sm" c="dimmed">
              {t("caseExchange.import.checkedClean", { count: checked.cases })}
            </Text>
          ) : null}
          {checked && bad && !save.isSuccess ? (
            <>
              <Alert color="red" variant="light" role="alert">
                {t("caseExchange.import.hasProblems", { count: checked.invalid || checked.problems.length })}
              </Alert>
              <Checkbox
                label={t("caseExchange.import.skipBadRows")}
                description={
                  checked.cases > 0
                    ? t("caseExchange.import.skipHint", { rows: rowList(checked.skippedRows) })
                    : t("caseExchange.import.nothingGood")
                }
                checked={skipBadRows}
                disabled={checked.cases === 0}
                onChange={(event) => setSkipBadRows(event.currentTarget.checked)}
              />
            </>
          ) : null}
          {save.isSuccess ? (
            <SuccessAlert>
              <Text size="sm">{t("caseExchange.import.done", { count: save.data.created })}</Text>
              {save.data.skippedRows.length > 0 ? (
                <Text size="sm">{t("caseExchange.import.skipped", { rows: rowList(save.data.skippedRows) })}</Text>
              ) : null}
            </SuccessAlert>
          ) : null}
          {report ? <CaseImportCounts report={report} /> : null}
          {report ? <ImportProblems problems={report.problems} text={problemsText} column={asWritten} /> : null}
          {report ? <CaseImportNormalised normalised={report.normalised} /> : null}
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
