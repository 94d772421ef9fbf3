import { Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { queryWords } from "../../../shared/knowledge/search-text.js";
import { can, useSession } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { ArticleResults } from "./ArticleResults.js";
import { KnowledgeFilters } from "./KnowledgeFilters.js";
import { useArticleList } from "./knowledge-api.js";
import {
  filtersFromParams,
  type KnowledgeFilterValues,
  paramsFromFilters,
  toArticleQuery,
} from "./knowledge-filters.js";

/** /knowledge — search the knowledge base as you type, filter it, and (for managers) write a new article. */
export function KnowledgeBasePage() {
  const { t } = useTranslation();
  usePageTitle(t("knowledge.title"));
  const { data: session } = useSession();
  const manages = can(session, "knowledge.manage");
  const [params, setParams] = useSearchParams();
  const values = filtersFromParams(params, manages);
  const [typed, setTyped] = useState(values.q);
  const [settled] = useDebouncedValue(typed, 250);
  // Replacing, not pushing: the back button leaves the page instead of stepping through every letter typed.
  const apply = (next: KnowledgeFilterValues) => setParams(paramsFromFilters(next), { replace: true });
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled change of the typed words searches again.
  useEffect(() => {
    if (settled !== values.q) apply({ ...values, q: settled });
  }, [settled]);
  const list = useArticleList(toArticleQuery(values));
  const words = queryWords(values.q);

  return (
    <Stack maw={960}>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t("knowledge.title")}</Title>
        {manages ? (
          <Button component={Link} to="/knowledge/new">
            {t("knowledge.newArticle")}
          </Button>
        ) : null}
      </Group>
      <Text>{t("knowledge.intro")}</Text>
      <search>
        <TextInput
          type="search"
          label={t("knowledge.search")}
          description={t("knowledge.searchHint")}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") apply({ ...values, q: typed });
          }}
          autoComplete="off"
          maxLength={200}
        />
      </search>
      <KnowledgeFilters values={values} onChange={apply} manages={manages} />
      <ErrorAlert error={list.error} />
      <Text size="sm" aria-live="polite">
        {list.isSuccess
          ? list.items.length === 0
            ? t("knowledge.empty")
            : t("knowledge.shown", { count: list.items.length })
          : ""}
      </Text>
      <ArticleResults items={list.items} words={words} />
      <LoadMore list={list} />
    </Stack>
  );
}
