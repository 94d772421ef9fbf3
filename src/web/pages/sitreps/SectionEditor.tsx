import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SitrepSection } from "../../../shared/api/sitrep.js";
import type { Language } from "../../../shared/i18n/languages.js";
import { sectionHeading } from "../../../shared/sitrep/figure-text.js";
import { EntryEditor } from "./EntryEditor.js";
import { ReportText } from "./ReportText.js";
import { useReportT } from "./report-language.js";
import { entryKey, introKey, type SitrepTexts } from "./sitrep-texts.js";

interface SectionEditorProps {
  section: SitrepSection;
  texts: SitrepTexts;
  language: Language;
  onText?: (key: string, value: string) => void;
}

/** One of the six sections: its heading as the report prints it, its introduction, one entry per office. */
export function SectionEditor({ section, texts, language, onText }: SectionEditorProps) {
  const { t } = useTranslation();
  const rt = useReportT(language);
  const headingId = `sitrep-section-${section.key}`;
  const heading = sectionHeading(rt, section.key);
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} lang={language}>
        {heading}
      </Title>
      <ReportText
        textKey={introKey(section.key)}
        label={t("sitrepWeb.section.intro")}
        value={texts[introKey(section.key)] ?? section.intro}
        language={language}
        maxLength={8000}
        onText={onText}
      />
      {section.entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("sitrepWeb.section.noEntries")}
        </Text>
      ) : (
        section.entries.map((entry) => (
          <EntryEditor
            key={entry.officeId}
            sectionKey={section.key}
            entry={entry}
            text={texts[entryKey(section.key, entry.officeId)] ?? entry.text}
            language={language}
            onText={onText}
          />
        ))
      )}
    </Stack>
  );
}
