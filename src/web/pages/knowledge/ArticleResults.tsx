import { Anchor, Card, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { ArticleListItem } from "../../../shared/api/knowledge.js";
import { ArticleBadges } from "./ArticleBadges.js";
import { Highlighted } from "./Highlighted.js";

/** Search results as cards: the title (a link to the article), what kind it is, and the words around the match. */
export function ArticleResults({ items, words }: { items: readonly ArticleListItem[]; words: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Stack
      gap="sm"
      component="ol"
      style={{ listStyle: "none", padding: 0, margin: 0 }}
      aria-label={t("knowledge.results")}
    >
      {items.map((item) => {
        const title = item.titles[item.language] ?? "";
        return (
          <Card key={item.id} withBorder padding="sm" component="li">
            <Stack gap={6}>
              <Title order={2} size="h4" lang={item.language}>
                <Anchor component={Link} to={`/knowledge/${item.id}`}>
                  <Highlighted text={title} words={words} />
                </Anchor>
              </Title>
              <ArticleBadges article={item} />
              <Text size="sm" lang={item.language} style={{ overflowWrap: "anywhere" }}>
                <Highlighted text={item.snippet} words={words} />
              </Text>
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
