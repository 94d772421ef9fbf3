import { Alert, Button, Checkbox, Group, Modal, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type EXPORT_FORMATS, EXPORT_MAX_CASES } from "../../../../shared/api/htcds-exchange.js";
import { isApiError } from "../../../api/client.js";
import { saveFile } from "../../../api/file-transfer.js";
import { useSession } from "../../../api/session.js";
import { SuccessAlert } from "../../../components/SuccessAlert.js";
import { currentLanguage } from "../../../i18n.js";
import { type CaseFilterValues, countActiveFilters, toExportFilters } from "../case-filters.js";
import { FormError } from "../FormError.js";
import { errorsUnder } from "../field-errors.js";
import { exportCases } from "./case-exchange-api.js";

type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The spreadsheet first: it is what most partners open. */
const FORMAT_CHOICES: readonly ExportFormat[] = ["xlsx", "json"];
/** As the server checks it (exportRequest): said up front, so the person is not refused for it. */
const REASON_MAX = 500;

/** The server refuses a filter that matches too many cases as a problem of the whole request. */
function isTooMany(error: unknown): boolean {
  return isApiError(error) && error.fields.some((field) => field.problem === "too_many_cases");
}

/**
 * Export of the cases the list's filters match, as the HTCDS spreadsheet or HTCDS JSON. The reason goes to
 * the audit trail; identifying fields are asked for here but leave only for people who consented to
 * sharing, which the server decides.
 */
export function CaseExportDialog({ filters }: { filters: CaseFilterValues }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const { data: session } = useSession();
  const [format, setFormat] = useState<ExportFormat>("xlsx");
  const [includeIdentifying, setIncludeIdentifying] = useState(false);
  const [reason, setReason] = useState("");
  const download = useMutation({
    mutationFn: () =>
      exportCases(
        { ...toExportFilters(filters), format, includeIdentifying, reason: reason.trim() },
        { csrfToken: session?.csrfToken ?? "", language: currentLanguage() },
      ),
    onSuccess: saveFile,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    download.mutate();
  };
  const finish = () => {
    close();
    setReason("");
    setIncludeIdentifying(false);
    download.reset();
  };
  const errors = errorsUnder(download.error);
  const filtersSet = countActiveFilters(filters);
  const tooMany = isTooMany(download.error);
  const formatLabels: Record<ExportFormat, string> = {
    xlsx: t("caseExchange.export.formats.xlsx"),
    json: t("caseExchange.export.formats.json"),
  };

  return (
    <>
      <Button variant="default" onClick={open}>
        {t("caseExchange.export.open")}
      </Button>
      <Modal
        opened={opened}
        onClose={finish}
        title={t("caseExchange.export.title")}
        size="lg"
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">
              {filtersSet > 0 ? t("caseExchange.export.scopeFiltered") : t("caseExchange.export.scopeAll")}
            </Text>
            <Radio.Group
              label={t("caseExchange.export.format")}
              value={format}
              onChange={(value) => setFormat(value as ExportFormat)}
              error={errors.format}
            >
              <Stack gap={6} mt={4}>
                {FORMAT_CHOICES.map((option) => (
                  <Radio key={option} value={option} label={formatLabels[option]} />
                ))}
              </Stack>
            </Radio.Group>
            <Checkbox
              label={t("caseExchange.export.includeIdentifying")}
              description={t("caseExchange.export.identifyingHint")}
              checked={includeIdentifying}
              onChange={(event) => setIncludeIdentifying(event.currentTarget.checked)}
              error={errors.includeIdentifying}
            />
            {includeIdentifying ? (
              <Alert color="orange" variant="light">
                {t("caseExchange.export.identifyingWarning")}
              </Alert>
            ) : null}
            <Textarea
              label={t("caseExchange.export.reason")}
              description={t("caseExchange.export.reasonHint")}
              required
              autosize
              minRows={2}
              maxLength={REASON_MAX}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={errors.reason}
            />
            {tooMany ? (
              <Alert color="red" variant="light" role="alert">
                {t("caseExchange.export.tooMany", {
                  max: new Intl.NumberFormat(currentLanguage()).format(EXPORT_MAX_CASES),
                })}
              </Alert>
            ) : (
              <FormError error={download.error} />
            )}
            {download.isSuccess ? (
              <SuccessAlert>{t("caseExchange.export.done", { fileName: download.data.fileName })}</SuccessAlert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={finish}>
                {t("common.close")}
              </Button>
              <Button type="submit" loading={download.isPending}>
                {t("caseExchange.export.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
