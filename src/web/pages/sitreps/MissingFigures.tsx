import { List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SitrepDocument } from "../../../shared/api/sitrep.js";
import { missingText } from "../../../shared/sitrep/figure-text.js";
import { useReportT } from "./report-language.js";

/**
 * What the report could not compute and why, in the report's language: an office without teams, a source
 * with no records in the period. Said openly rather than printed as zero.
 */
export function MissingFigures({ document }: { document: SitrepDocument }) {
  const { t } = useTranslation();
  const rt = useReportT(document.language);
  if (document.missing.length === 0) return null;
  const officeName = (id: string | null) => document.offices.find((office) => office.id === id)?.name;
  return (
    <Stack gap="xs" component="section" aria-labelledby="sitrep-missing">
      <Title order={2} size="h3" id="sitrep-missing">
        {t("sitrepWeb.missing.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("sitrepWeb.missing.hint")}
      </Text>
      <List size="sm" spacing={4}>
        {document.missing.map((missing) => (
          <List.Item key={`${missing.key}:${missing.reason}:${missing.officeId ?? ""}`} lang={document.language}>
            {missingText(rt, missing, officeName(missing.officeId))}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
