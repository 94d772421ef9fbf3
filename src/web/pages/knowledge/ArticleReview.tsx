import { Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ArticleDetail } from "../../../shared/api/knowledge.js";
import { todayIso } from "../../../shared/dates.js";
import { defaultNextReview } from "../../../shared/knowledge/articles.js";
import { SuccessAlert } from "../../components/SuccessAlert.js";
import { formatDateTime } from "../../format.js";
import { currentLanguage } from "../../i18n.js";
import { FormError } from "../cases/FormError.js";
import { errorsUnder } from "../cases/field-errors.js";
import { formatDate } from "../cases/format.js";
import { ReviewOverdueBadge } from "./ArticleBadges.js";
import { useMarkReviewed } from "./knowledge-api.js";

/** When the article is due for review, who last reviewed it, and (for managers) marking it reviewed. */
export function ArticleReview({ article, manages }: { article: ArticleDetail; manages: boolean }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [next, setNext] = useState(() => defaultNextReview(todayIso()));
  const [notice, setNotice] = useState<string | null>(null);
  const review = useMarkReviewed(article.id, (saved) =>
    setNotice(t("knowledge.article.reviewedNotice", { date: formatDate(saved.reviewOn, lang) })),
  );
  const errors = errorsUnder(review.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    review.mutate({ nextReviewOn: next });
  };

  return (
    <section aria-labelledby="article-review">
      <Title order={2} size="h3" id="article-review" mb="xs">
        {t("knowledge.article.review")}
      </Title>
      <Stack gap="xs">
        <Group gap="xs">
          <Text>{t("knowledge.reviewOn", { date: formatDate(article.reviewOn, lang) })}</Text>
          {article.reviewOverdue ? <ReviewOverdueBadge /> : null}
        </Group>
        <Text size="sm" c="dimmed">
          {article.lastReviewedAt
            ? t("knowledge.article.lastReviewed", {
                date: formatDateTime(article.lastReviewedAt, lang),
                name: article.lastReviewedBy ?? t("knowledge.history.unknownAuthor"),
              })
            : t("knowledge.article.neverReviewed")}
        </Text>
        {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
        {manages ? (
          <form onSubmit={submit} noValidate>
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                type="date"
                label={t("knowledge.article.nextReview")}
                value={next}
                min={todayIso()}
                onChange={(event) => setNext(event.currentTarget.value)}
                error={errors.nextReviewOn}
                required
              />
              <Button type="submit" loading={review.isPending}>
                {t("knowledge.article.markReviewed")}
              </Button>
            </Group>
            <FormError error={review.error} titled={false} />
          </form>
        ) : null}
      </Stack>
    </section>
  );
}
