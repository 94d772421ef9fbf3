import { Anchor, Badge, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { pickLanguage } from "../../../shared/knowledge/articles.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { formatDateTime } from "../../format.js";
import { currentLanguage } from "../../i18n.js";
import { useArticleHistory } from "./knowledge-api.js";

/** Every version, newest first, each a link to read it as it was. */
export function ArticleHistory({ id, current, shown }: { id: string; current: number; shown: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const history = useArticleHistory(id);
  return (
    <section aria-labelledby="article-history">
      <Title order={2} size="h3" id="article-history" mb="sm">
        {t("knowledge.history.title")}
      </Title>
      <ErrorAlert error={history.error} />
      <Stack gap="xs" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {(history.data ?? []).map((version) => {
          const title = version.titles[pickLanguage(version.languages, [lang])] ?? "";
          return (
            <li key={version.version}>
              <Group gap="xs" wrap="wrap">
                {version.version === shown ? (
                  <Text fw={600} aria-current="true">
                    {t("knowledge.history.version", { version: version.version })}
                  </Text>
                ) : (
                  <Anchor
                    component={Link}
                    to={
                      version.version === current ? `/knowledge/${id}` : `/knowledge/${id}?version=${version.version}`
                    }
                    aria-label={t("knowledge.history.read", { version: version.version, title })}
                  >
                    {t("knowledge.history.version", { version: version.version })}
                  </Anchor>
                )}
                {version.version === current ? (
                  <Badge size="sm" variant="light" color="green" tt="none">
                    {t("knowledge.history.current")}
                  </Badge>
                ) : null}
              </Group>
              <Text size="sm">{version.changeSummary || t("knowledge.history.firstVersion")}</Text>
              <Text size="xs" c="dimmed">
                {t("knowledge.history.by", {
                  name: version.createdBy ?? t("knowledge.history.unknownAuthor"),
                  date: formatDateTime(version.createdAt, lang),
                })}
              </Text>
            </li>
          );
        })}
      </Stack>
    </section>
  );
}
