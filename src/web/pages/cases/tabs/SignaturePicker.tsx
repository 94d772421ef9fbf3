import { Select } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import type { Page } from "../../../api/types.js";
import { formatDateTime } from "../../../format.js";
import { casePartKey, casePath } from "../case-api.js";
import type { Attachment } from "../case-types.js";
import { useVocab } from "../vocab.js";

/** The case's pictures a signature can be taken from; the newest 200 files are plenty to look through. */
function useCaseImages(caseId: string) {
  return useQuery({
    queryKey: casePartKey(caseId, "signature-images"),
    queryFn: ({ signal }) => api.get<Page<Attachment>>(`${casePath(caseId)}/attachments`, { limit: 200 }, signal),
    select: (page) => page.items.filter((file) => file.mediaType.startsWith("image/") && file.fileName !== null),
  });
}

interface SignaturePickerProps {
  caseId: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
}

/** An optional image of the signed consent, chosen among the pictures uploaded to the case. */
export function SignaturePicker({ caseId, value, onChange, error }: SignaturePickerProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const images = useCaseImages(caseId);
  const data = (images.data ?? []).map((file) => ({
    value: file.id,
    label: `${file.fileName} · ${formatDateTime(file.createdAt, vocab.lang)}`,
  }));
  const none = images.isSuccess && data.length === 0;
  return (
    <Select
      label={t("casePage.consent.signature")}
      description={none ? t("casePage.consent.signatureNone") : t("casePage.consent.signatureHint")}
      data={data}
      value={value}
      onChange={onChange}
      disabled={none}
      clearable
      searchable={data.length > 8}
      clearButtonProps={{ "aria-label": t("common.clear") }}
      nothingFoundMessage={t("common.noResults")}
      error={error ?? (images.error ? t("casePage.consent.signatureUnavailable") : undefined)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
