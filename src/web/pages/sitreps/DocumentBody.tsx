import { Divider, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SitrepDocument } from "../../../shared/api/sitrep.js";
import { formatDateTime } from "../../format.js";
import { currentLanguage } from "../../i18n.js";
import { HeadlineFigures } from "./HeadlineFigures.js";
import { MissingFigures } from "./MissingFigures.js";
import { ReportText } from "./ReportText.js";
import { SectionEditor } from "./SectionEditor.js";
import { OVERVIEW_KEY, type SitrepTexts } from "./sitrep-texts.js";

interface DocumentBodyProps {
  document: SitrepDocument;
  texts: SitrepTexts;
  /** Absent: read-only. */
  onText?: (key: string, value: string) => void;
}

/** The report below its title, in the order it prints: overview, headline figures, the six sections, the gaps. */
export function DocumentBody({ document, texts, onText }: DocumentBodyProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const language = document.language;
  return (
    <Stack gap="xl">
      <ReportText
        textKey={OVERVIEW_KEY}
        label={t("sitrepWeb.editor.overview")}
        description={onText ? t("sitrepWeb.editor.overviewHint") : undefined}
        value={texts[OVERVIEW_KEY] ?? document.overview}
        language={language}
        maxLength={20_000}
        minRows={5}
        onText={onText}
      />
      <HeadlineFigures
        figures={document.headline}
        language={language}
        computedAt={formatDateTime(document.figuresAt, lang)}
        editable={Boolean(onText)}
      />
      {document.sections.map((section) => (
        <Stack key={section.key} gap="xl">
          <Divider />
          <SectionEditor section={section} texts={texts} language={language} onText={onText} />
        </Stack>
      ))}
      <MissingFigures document={document} />
    </Stack>
  );
}
