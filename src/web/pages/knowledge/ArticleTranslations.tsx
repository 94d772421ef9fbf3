import { Tabs, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ArticleDetail } from "../../../shared/api/knowledge.js";
import { ARTICLE_LANGUAGES, pickLanguage } from "../../../shared/knowledge/articles.js";
import { currentLanguage, LANGUAGE_NAMES } from "../../i18n.js";
import { ArticleBody } from "./ArticleBody.js";

/**
 * The article's text with a tab per language it is written in, opening in the first of: the language
 * asked for (a caller's), the interface language, English, its first language.
 */
export function ArticleTranslations({
  article,
  prefer,
  headingLevel = 2,
}: {
  article: Pick<ArticleDetail, "translations">;
  prefer?: string;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const languages = ARTICLE_LANGUAGES.filter((lang) => article.translations[lang]);
  const [chosen, setChosen] = useState<string | null>(null);
  const shown =
    chosen && languages.includes(chosen as never) ? chosen : pickLanguage(languages, [prefer, currentLanguage()]);

  if (languages.length === 1) {
    const only = languages[0] ?? "en";
    const text = article.translations[only];
    return text ? <Translation lang={only} title={text.title} body={text.body} level={headingLevel} /> : null;
  }
  return (
    <Tabs value={shown} onChange={setChosen} keepMounted={false}>
      <Tabs.List aria-label={t("knowledge.article.languages")}>
        {languages.map((lang) => (
          <Tabs.Tab key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {languages.map((lang) => {
        const text = article.translations[lang];
        return text ? (
          <Tabs.Panel key={lang} value={lang} pt="md">
            <Translation lang={lang} title={text.title} body={text.body} level={headingLevel} />
          </Tabs.Panel>
        ) : null;
      })}
    </Tabs>
  );
}

function Translation({ lang, title, body, level }: { lang: string; title: string; body: string; level: 2 | 3 }) {
  return (
    <>
      <Title order={level} size="h3" lang={lang} mb="sm" style={{ overflowWrap: "anywhere" }}>
        {title}
      </Title>
      <ArticleBody markdown={body} lang={lang} />
    </>
  );
}
