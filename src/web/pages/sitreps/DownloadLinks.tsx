import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { EXPORT_FORMATS, exportUrl } from "./sitrep-api.js";

interface DownloadLinksProps {
  reportId: string;
  /** An earlier version; absent: the current one. */
  version?: number;
  /** Unsaved words are not in a download: said next to the links. */
  unsaved?: boolean;
}

/** The report as a web page, a PDF or a Word file, in the report's language; plain links the browser downloads. */
export function DownloadLinks({ reportId, version, unsaved = false }: DownloadLinksProps) {
  const { t } = useTranslation();
  const labels = {
    html: t("sitrepWeb.download.html"),
    pdf: t("sitrepWeb.download.pdf"),
    docx: t("sitrepWeb.download.docx"),
  };
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-labelledby={`sitrep-download-${version ?? "current"}`}>
      <Text size="sm" fw={600} id={`sitrep-download-${version ?? "current"}`}>
        {t("sitrepWeb.download.label")}
      </Text>
      {EXPORT_FORMATS.map((format) => (
        <Button
          key={format}
          component="a"
          href={exportUrl(reportId, format, version)}
          download
          variant="default"
          size="compact-sm"
        >
          {labels[format]}
        </Button>
      ))}
      {unsaved ? (
        <Text size="xs" c="dimmed" w="100%">
          {t("sitrepWeb.download.savedOnly")}
        </Text>
      ) : null}
    </Group>
  );
}
