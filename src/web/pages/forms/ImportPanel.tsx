import { Alert, Button, Card, FileInput, Group, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { SuccessAlert } from "../../components/SuccessAlert.js";
import { currentLanguage } from "../../i18n.js";
import { formTitle } from "../screening/form-text.js";
import { FORMS_KEY } from "../screening/screening-api.js";
import { ImportRefused, type ImportResult, importXlsform } from "./form-api.js";
import { ImportIssues } from "./ImportIssues.js";

/**
 * Import of an XLSForm in two steps: a check that writes nothing and lists every problem, then the import
 * itself, offered only once the check found no error. An import makes a draft version; publishing is separate.
 */
export function ImportPanel() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const lang = currentLanguage();
  const send = (dryRun: boolean) => {
    if (!file) throw new Error("no file chosen");
    return importXlsform(file, dryRun, session?.csrfToken ?? "", lang);
  };
  const check = useMutation({ mutationFn: () => send(true) });
  const save = useMutation({
    mutationFn: () => send(false),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FORMS_KEY }),
  });
  const choose = (next: File | null) => {
    setFile(next);
    check.reset();
    save.reset();
  };
  const checked: ImportResult | undefined = check.data;
  const refused = save.error instanceof ImportRefused ? save.error.issues : null;
  const issues = refused ?? checked?.issues ?? [];
  const errors = issues.filter((issue) => issue.severity === "error").length;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="import-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="import-title">
          {t("formLibrary.import.title")}
        </Title>
        <Text size="sm">{t("formLibrary.import.intro")}</Text>
        <FileInput
          label={t("formLibrary.import.file")}
          placeholder={t("formLibrary.import.choose")}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={choose}
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
        />
        <Group>
          <Button onClick={() => check.mutate()} disabled={!file} loading={check.isPending} variant="default">
            {t("formLibrary.import.check")}
          </Button>
          {checked?.ok && !save.isSuccess ? (
            <Button onClick={() => save.mutate()} loading={save.isPending}>
              {t("formLibrary.import.import")}
            </Button>
          ) : null}
        </Group>
        <ErrorAlert error={check.error} />
        {save.error && !refused ? <ErrorAlert error={save.error} /> : null}
        {checked && !save.isSuccess ? (
          checked.ok ? (
            <SuccessAlert>
              {issues.length === 0
                ? t("formLibrary.import.clean")
                : t("formLibrary.import.warningsOnly", { count: issues.length })}
            </SuccessAlert>
          ) : (
            <Alert color="red" variant="light" role="alert">
              {t("formLibrary.import.hasErrors", { count: errors })}
            </Alert>
          )
        ) : null}
        {save.data?.form ? (
          <SuccessAlert>
            {t("formLibrary.import.imported", {
              title: formTitle(save.data.form.title, lang),
              version: save.data.form.latestVersion,
            })}
          </SuccessAlert>
        ) : null}
        {save.isSuccess ? null : <ImportIssues issues={issues} />}
      </Stack>
    </Card>
  );
}
