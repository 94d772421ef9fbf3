import { Alert, Anchor, Button, Center, Divider, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { pickLanguage } from "../../../shared/knowledge/articles.js";
import { isApiError } from "../../api/client.js";
import { can, useSession } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { formatDateTime } from "../../format.js";
import { currentLanguage } from "../../i18n.js";
import { ArticleBadges } from "./ArticleBadges.js";
import { ArticleHistory } from "./ArticleHistory.js";
import { ArticleReview } from "./ArticleReview.js";
import { ArticleSettings } from "./ArticleSettings.js";
import { ArticleTranslations } from "./ArticleTranslations.js";
import { useArticle } from "./knowledge-api.js";

function versionParam(params: URLSearchParams): number | undefined {
  const value = Number(params.get("version"));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** /knowledge/:id — an article in the reader's language (other languages a tab away), its review and history. */
export function ArticlePage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const version = versionParam(params);
  const { data: session } = useSession();
  const manages = can(session, "knowledge.manage");
  const article = useArticle(id, version);
  const data = article.data;
  const title = data ? (data.titles[pickLanguage(data.languages, [lang])] ?? "") : "";
  usePageTitle(title || t("knowledge.title"));

  if (article.isPending) {
    return (
      <Center>
        <Loader aria-label={t("app.loading")} />
      </Center>
    );
  }
  if (!data) {
    return (
      <Stack maw={800}>
        <Title order={1}>{t("knowledge.title")}</Title>
        {isApiError(article.error) && article.error.status === 404 ? (
          <Alert color="gray" variant="light">
            {t("knowledge.article.notFound")}
          </Alert>
        ) : (
          <ErrorAlert error={article.error} />
        )}
        <Anchor component={Link} to="/knowledge">
          {t("knowledge.article.back")}
        </Anchor>
      </Stack>
    );
  }

  const older = data.version !== data.currentVersion;
  return (
    <Stack maw={800} gap="lg">
      <Stack gap="xs">
        <Anchor component={Link} to="/knowledge" size="sm">
          {t("knowledge.article.back")}
        </Anchor>
        <Title order={1} style={{ overflowWrap: "anywhere" }}>
          {title}
        </Title>
        <ArticleBadges article={data} />
        <Text size="sm" c="dimmed">
          {t("knowledge.article.version", { version: data.version, current: data.currentVersion })}
          {" · "}
          {t("knowledge.article.writtenBy", {
            name: data.versionCreatedBy ?? t("knowledge.history.unknownAuthor"),
            date: formatDateTime(data.versionCreatedAt, lang),
          })}
        </Text>
        {manages && !older ? (
          <Group>
            <Button component={Link} to={`/knowledge/${data.id}/edit`} variant="default">
              {t("knowledge.article.edit")}
            </Button>
          </Group>
        ) : null}
      </Stack>
      {older ? (
        <Alert color="orange" variant="light" role="status">
          <Text size="sm">{t("knowledge.article.olderVersion", { version: data.version })}</Text>
          <Anchor component={Link} to={`/knowledge/${data.id}`} size="sm">
            {t("knowledge.article.toCurrent")}
          </Anchor>
        </Alert>
      ) : null}
      <ArticleTranslations key={data.version} article={data} />
      <Divider />
      <ArticleReview article={data} manages={manages} />
      {manages ? <ArticleSettings article={data} /> : null}
      <ArticleHistory id={data.id} current={data.currentVersion} shown={data.version} />
    </Stack>
  );
}
