import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ArticleDetail, ArticlePatch } from "../../../shared/api/knowledge.js";
import { ARTICLE_CATEGORIES, ARTICLE_STATUSES, type ArticleCategory } from "../../../shared/knowledge/articles.js";
import type { CountryCode } from "../../../shared/vocab/countries.js";
import { SuccessAlert } from "../../components/SuccessAlert.js";
import { currentLanguage } from "../../i18n.js";
import { FormError } from "../cases/FormError.js";
import { errorsUnder } from "../cases/field-errors.js";
import { usePatchArticle } from "./knowledge-api.js";
import { useCountryOptions } from "./knowledge-filters.js";

interface Form {
  status: ArticleDetail["status"];
  category: ArticleCategory;
  country: string;
  reviewOn: string;
}

/** For managers: publish or retire an article, move its review date, change its category or country. */
export function ArticleSettings({ article }: { article: ArticleDetail }) {
  const { t } = useTranslation();
  const countries = useCountryOptions(currentLanguage());
  // Only what the person changed: the rest follows the article as it is now (a review moves its date).
  const [edits, setEdits] = useState<Partial<Form>>({});
  const [saved, setSaved] = useState(false);
  const patch = usePatchArticle(article.id, () => {
    setEdits({});
    setSaved(true);
  });
  const errors = errorsUnder(patch.error);
  const current: Form = {
    status: article.status,
    category: article.category,
    country: article.country ?? "",
    reviewOn: article.reviewOn,
  };
  const form: Form = { ...current, ...edits };
  const set = (next: Partial<Form>) => {
    setSaved(false);
    setEdits((before) => ({ ...before, ...next }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: ArticlePatch = {};
    if (form.status !== current.status) body.status = form.status;
    if (form.category !== current.category) body.category = form.category;
    if (form.country !== current.country) body.country = (form.country || null) as CountryCode | null;
    if (form.reviewOn !== current.reviewOn) body.reviewOn = form.reviewOn;
    patch.mutate(body);
  };

  return (
    <section aria-labelledby="article-settings">
      <Title order={2} size="h3" id="article-settings" mb="xs">
        {t("knowledge.article.settings")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t("knowledge.status")}
              value={form.status}
              onChange={(event) => set({ status: event.currentTarget.value as ArticleDetail["status"] })}
              error={errors.status}
            >
              {ARTICLE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`knowledge.statuses.${status}`)}
                </option>
              ))}
            </NativeSelect>
            <NativeSelect
              label={t("knowledge.category")}
              value={form.category}
              onChange={(event) => set({ category: event.currentTarget.value as ArticleCategory })}
              error={errors.category}
            >
              {ARTICLE_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {t(`knowledge.categories.${category}`)}
                </option>
              ))}
            </NativeSelect>
            <NativeSelect
              label={t("knowledge.country")}
              value={form.country}
              onChange={(event) => set({ country: event.currentTarget.value })}
              error={errors.country}
            >
              <option value="">{t("knowledge.noCountry")}</option>
              {countries.map((country) => (
                <option key={country.value} value={country.value}>
                  {country.label}
                </option>
              ))}
            </NativeSelect>
            <TextInput
              type="date"
              label={t("knowledge.editor.reviewOn")}
              value={form.reviewOn}
              onChange={(event) => set({ reviewOn: event.currentTarget.value })}
              error={errors.reviewOn}
              required
            />
          </SimpleGrid>
          {saved ? <SuccessAlert>{t("knowledge.article.settingsSaved")}</SuccessAlert> : null}
          <FormError error={patch.error} />
          <Group justify="flex-end">
            <Button type="submit" variant="default" loading={patch.isPending}>
              {t("knowledge.article.saveSettings")}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
