import {
  Alert,
  Anchor,
  Button,
  Center,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import type { ArticleDetail, ArticleTranslations } from "../../../shared/api/knowledge.js";
import { todayIso } from "../../../shared/dates.js";
import {
  ARTICLE_CATEGORIES,
  ARTICLE_LANGUAGES,
  type ArticleCategory,
  defaultNextReview,
  pickLanguage,
} from "../../../shared/knowledge/articles.js";
import type { CountryCode } from "../../../shared/vocab/countries.js";
import { isApiError } from "../../api/client.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { currentLanguage } from "../../i18n.js";
import { FormError } from "../cases/FormError.js";
import { errorsUnder } from "../cases/field-errors.js";
import { useAddVersion, useArticle, useCreateArticle } from "./knowledge-api.js";
import { useCountryOptions } from "./knowledge-filters.js";
import { type DraftTranslations, emptyTranslations, isWritten, TranslationTabs } from "./TranslationTabs.js";

/** /knowledge/new and /knowledge/:id/edit — an article's text per language; saving an edit adds a version. */
export function ArticleEditorPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const existing = useArticle(id, undefined, id !== "");
  if (id && existing.isPending) {
    return (
      <Center>
        <Loader aria-label={t("app.loading")} />
      </Center>
    );
  }
  if (id && !existing.data) return <ErrorAlert error={existing.error} />;
  // Keyed by version: a newer version loaded while editing starts a fresh form rather than mixing the two.
  return <ArticleEditor key={existing.data?.currentVersion ?? "new"} article={existing.data} />;
}

function ArticleEditor({ article }: { article: ArticleDetail | undefined }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const navigate = useNavigate();
  const heading = article
    ? t("knowledge.editor.editTitle", { title: article.titles[pickLanguage(article.languages, [lang])] ?? "" })
    : t("knowledge.editor.newTitle");
  usePageTitle(heading);
  const countries = useCountryOptions(lang);
  const [texts, setTexts] = useState<DraftTranslations>(() => ({ ...emptyTranslations(), ...article?.translations }));
  const [category, setCategory] = useState<ArticleCategory>(article?.category ?? "script");
  const [country, setCountry] = useState(article?.country ?? "");
  const [status, setStatus] = useState<"draft" | "published">("draft");
  const [reviewOn, setReviewOn] = useState(article?.reviewOn ?? defaultNextReview(todayIso()));
  const [summary, setSummary] = useState("");
  const done = (saved: ArticleDetail) => navigate(`/knowledge/${saved.id}`);
  const create = useCreateArticle(done);
  const addVersion = useAddVersion(article?.id ?? "", done);
  const save = article ? addVersion : create;
  const errors = errorsUnder(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const translations: ArticleTranslations = Object.fromEntries(
      ARTICLE_LANGUAGES.filter((l) => isWritten(texts[l])).map((l) => [
        l,
        { title: texts[l].title.trim(), body: texts[l].body.trim() },
      ]),
    );
    if (article) {
      addVersion.mutate({ baseVersion: article.currentVersion, translations, changeSummary: summary.trim(), reviewOn });
    } else {
      create.mutate({
        category,
        country: (country || null) as CountryCode | null,
        status,
        reviewOn,
        translations,
        ...(summary.trim() ? { changeSummary: summary.trim() } : {}),
      });
    }
  };
  const conflict = isApiError(save.error) && save.error.code === "conflict";

  return (
    <Stack maw={960}>
      <Title order={1} style={{ overflowWrap: "anywhere" }}>
        {heading}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          {article ? null : (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NativeSelect
                label={t("knowledge.category")}
                value={category}
                onChange={(e) => setCategory(e.currentTarget.value as ArticleCategory)}
                error={errors.category}
                required
              >
                {ARTICLE_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`knowledge.categories.${c}`)}
                  </option>
                ))}
              </NativeSelect>
              <NativeSelect
                label={t("knowledge.country")}
                value={country}
                onChange={(e) => setCountry(e.currentTarget.value)}
                error={errors.country}
              >
                <option value="">{t("knowledge.noCountry")}</option>
                {countries.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </NativeSelect>
              <NativeSelect
                label={t("knowledge.status")}
                value={status}
                onChange={(e) => setStatus(e.currentTarget.value as "draft" | "published")}
                error={errors.status}
              >
                <option value="draft">{t("knowledge.statuses.draft")}</option>
                <option value="published">{t("knowledge.statuses.published")}</option>
              </NativeSelect>
            </SimpleGrid>
          )}
          <Text size="sm">{t("knowledge.editor.translationsHint")}</Text>
          {errors.translations ? (
            <Text size="sm" c="red" role="alert">
              {errors.translations}
            </Text>
          ) : null}
          <TranslationTabs
            value={texts}
            onChange={(l, text) => setTexts((current) => ({ ...current, [l]: text }))}
            errors={errors}
            initial={article ? pickLanguage(article.languages, [lang]) : lang}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("knowledge.editor.changeSummary")}
              description={t("knowledge.editor.changeSummaryHint")}
              value={summary}
              onChange={(e) => setSummary(e.currentTarget.value)}
              error={errors.changeSummary}
              required={!!article}
              maxLength={500}
            />
            <TextInput
              type="date"
              label={t("knowledge.editor.reviewOn")}
              value={reviewOn}
              onChange={(e) => setReviewOn(e.currentTarget.value)}
              error={errors.reviewOn}
              required
            />
          </SimpleGrid>
          {conflict ? (
            <Alert color="orange" variant="light" role="alert">
              <Text size="sm">{t("knowledge.editor.conflict")}</Text>
              <Anchor component={Link} to={`/knowledge/${article?.id ?? ""}`} target="_blank" size="sm">
                {t("knowledge.editor.openLatest")}
              </Anchor>
            </Alert>
          ) : (
            <FormError error={save.error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={article ? `/knowledge/${article.id}` : "/knowledge"}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {article ? t("knowledge.editor.saveVersion") : t("knowledge.editor.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
