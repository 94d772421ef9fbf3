import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ArticleSummary } from "../../../shared/api/knowledge.js";
import { countryName } from "../../format.js";
import { currentLanguage } from "../../i18n.js";

/** What kind of article it is, for where, and whether it can be trusted as it stands. */
export function ArticleBadges({
  article,
}: {
  article: Pick<ArticleSummary, "category" | "country" | "status" | "reviewOverdue">;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Group gap={6} wrap="wrap">
      <Badge component="span" variant="light" tt="none">
        {t(`knowledge.categories.${article.category}`)}
      </Badge>
      {article.country ? (
        <Badge component="span" variant="outline" color="gray" tt="none">
          {countryName(article.country, lang)}
        </Badge>
      ) : null}
      {article.status !== "published" ? (
        <Badge component="span" variant="filled" color="gray" tt="none">
          {t(`knowledge.statuses.${article.status}`)}
        </Badge>
      ) : null}
      {article.reviewOverdue ? <ReviewOverdueBadge /> : null}
    </Group>
  );
}

export function ReviewOverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge component="span" color="red" variant="light" tt="none">
      {t("knowledge.reviewOverdue")}
    </Badge>
  );
}
