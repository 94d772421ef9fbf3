import { Switch, Tabs, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../../shared/i18n/languages.js";
import { ARTICLE_LANGUAGES } from "../../../shared/knowledge/articles.js";
import { LANGUAGE_NAMES } from "../../i18n.js";
import { ArticleBody } from "./ArticleBody.js";

export type DraftTranslations = Record<Language, { title: string; body: string }>;

export const emptyTranslations = (): DraftTranslations =>
  Object.fromEntries(ARTICLE_LANGUAGES.map((lang) => [lang, { title: "", body: "" }])) as DraftTranslations;

export const isWritten = (text: { title: string; body: string }) => text.title.trim() !== "" || text.body.trim() !== "";

interface TranslationTabsProps {
  value: DraftTranslations;
  onChange: (lang: Language, text: { title: string; body: string }) => void;
  /** Field problems keyed "translations.uk.title" and so on. */
  errors: Record<string, string>;
  initial: Language;
}

/** A tab per language with its title and Markdown text; a tab says whether its language is written. */
export function TranslationTabs({ value, onChange, errors, initial }: TranslationTabsProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>(initial);
  const [preview, setPreview] = useState(false);
  const hasError = (lang: Language) => Object.keys(errors).some((key) => key.startsWith(`translations.${lang}`));

  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false}>
      <Tabs.List aria-label={t("knowledge.editor.translations")}>
        {ARTICLE_LANGUAGES.map((lang) => (
          <Tabs.Tab
            key={lang}
            value={lang}
            lang={lang}
            color={hasError(lang) ? "red" : undefined}
            aria-label={t(isWritten(value[lang]) ? "knowledge.editor.written" : "knowledge.editor.notWritten", {
              language: LANGUAGE_NAMES[lang],
            })}
          >
            {LANGUAGE_NAMES[lang]}
            {isWritten(value[lang]) ? " ✓" : ""}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {ARTICLE_LANGUAGES.map((lang) => (
        <Tabs.Panel key={lang} value={lang} pt="md">
          <TextInput
            label={t("knowledge.editor.titleLabel")}
            lang={lang}
            value={value[lang].title}
            onChange={(event) => onChange(lang, { ...value[lang], title: event.currentTarget.value })}
            error={errors[`translations.${lang}.title`]}
            maxLength={200}
            mb="sm"
          />
          <Textarea
            label={t("knowledge.editor.bodyLabel")}
            description={t("knowledge.editor.bodyHint")}
            lang={lang}
            value={value[lang].body}
            onChange={(event) => onChange(lang, { ...value[lang], body: event.currentTarget.value })}
            error={errors[`translations.${lang}.body`]}
            autosize
            minRows={8}
            maxRows={24}
          />
          <Switch
            mt="sm"
            label={t("knowledge.editor.preview")}
            checked={preview}
            onChange={(event) => setPreview(event.currentTarget.checked)}
          />
          {preview ? (
            value[lang].body.trim() ? (
              <div
                style={{ border: "1px solid var(--mantine-color-gray-4)", borderRadius: 4, padding: 12, marginTop: 8 }}
              >
                <ArticleBody markdown={value[lang].body} lang={lang} />
              </div>
            ) : (
              <Text size="sm" c="dimmed" mt="xs">
                {t("knowledge.editor.nothingToPreview")}
              </Text>
            )
          ) : null}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
