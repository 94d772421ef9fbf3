import { Badge, Box, Center, Group, Loader, Stack, Text, TextInput, UnstyledButton } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { type KeyboardEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ArticleListItem } from "../../../shared/api/knowledge.js";
import { isLanguage } from "../../../shared/i18n/languages.js";
import { queryWords } from "../../../shared/knowledge/search-text.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ReviewOverdueBadge } from "./ArticleBadges.js";
import { ArticleTranslations } from "./ArticleTranslations.js";
import { Highlighted } from "./Highlighted.js";
import { useArticle, useArticleList } from "./knowledge-api.js";

interface KnowledgeSearchPanelProps {
  /** The caller's language: results and articles open in it where they are written in it. */
  language?: string;
}

const RESULTS = 8;

/**
 * The knowledge base beside a call: a search box whose results open in place, so the operator never
 * leaves the contact screen. Keyboard: ↓ from the box to the results, ↑/↓ between them, Enter or Space
 * opens and closes one, Escape closes it (or, in the box, clears the search).
 */
export function KnowledgeSearchPanel({ language }: KnowledgeSearchPanelProps) {
  const { t } = useTranslation();
  const prefer = language && isLanguage(language) ? language : undefined;
  const [typed, setTyped] = useState("");
  const [settled] = useDebouncedValue(typed.trim(), 250);
  const [open, setOpen] = useState<string | null>(null);
  const list = useArticleList({ q: settled, prefer }, { limit: RESULTS, enabled: settled !== "" });
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLUListElement>(null);
  const baseId = useId();
  const words = queryWords(settled);
  // Cleared at once (Escape, or the text deleted), not a debounce later.
  const showing = settled !== "" && typed.trim() !== "";

  const buttons = () => [...(results.current?.querySelectorAll<HTMLButtonElement>("button[data-result]") ?? [])];
  const moveFrom = (current: HTMLElement, step: number) => {
    const all = buttons();
    const at = all.indexOf(current as HTMLButtonElement);
    if (at + step < 0) input.current?.focus();
    else all[Math.min(all.length - 1, at + step)]?.focus();
  };
  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      buttons()[0]?.focus();
    } else if (event.key === "Escape" && typed) {
      event.preventDefault();
      setTyped("");
      setOpen(null);
    }
  };
  const onResultKey = (event: KeyboardEvent<HTMLButtonElement>, id: string) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      moveFrom(event.currentTarget, event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Escape" && open === id) {
      event.preventDefault();
      setOpen(null);
    }
  };

  return (
    <Stack gap="xs" component="section" aria-label={t("knowledge.title")}>
      <TextInput
        ref={input}
        type="search"
        label={t("knowledge.panel.label")}
        description={t("knowledge.panel.hint")}
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        onKeyDown={onInputKey}
        autoComplete="off"
        maxLength={200}
        rightSection={
          list.isFetching && settled ? <Loader size="xs" aria-label={t("knowledge.panel.searching")} /> : null
        }
      />
      <ErrorAlert error={list.error} />
      <Text size="sm" aria-live="polite" c="dimmed">
        {showing && list.isSuccess && list.items.length === 0 ? t("knowledge.empty") : ""}
      </Text>
      <ul
        ref={results}
        style={{ listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: 4 }}
        aria-label={t("knowledge.results")}
      >
        {showing
          ? list.items.map((item) => (
              <PanelResult
                key={item.id}
                item={item}
                words={words}
                prefer={prefer}
                expanded={open === item.id}
                panelId={`${baseId}-${item.id}`}
                onToggle={() => setOpen(open === item.id ? null : item.id)}
                onKeyDown={(event) => onResultKey(event, item.id)}
              />
            ))
          : null}
      </ul>
    </Stack>
  );
}

interface PanelResultProps {
  item: ArticleListItem;
  words: readonly string[];
  prefer: string | undefined;
  expanded: boolean;
  panelId: string;
  onToggle: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

function PanelResult({ item, words, prefer, expanded, panelId, onToggle, onKeyDown }: PanelResultProps) {
  const { t } = useTranslation();
  const title = item.titles[item.language] ?? "";
  return (
    <Box component="li" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }} py={4}>
      <UnstyledButton
        data-result
        onClick={onToggle}
        onKeyDown={onKeyDown}
        aria-expanded={expanded}
        aria-controls={panelId}
        w="100%"
        p={4}
        style={{ borderRadius: 4 }}
      >
        {/* Spans only: a button holds phrasing content. */}
        <Group component="span" gap={6} wrap="wrap">
          <Text component="span" fw={600} lang={item.language} style={{ overflowWrap: "anywhere" }}>
            <Highlighted text={title} words={words} />
          </Text>
          <Badge component="span" size="xs" variant="light" tt="none">
            {t(`knowledge.categories.${item.category}`)}
          </Badge>
          {item.country ? (
            <Badge component="span" size="xs" variant="outline" color="gray" tt="none">
              {item.country}
            </Badge>
          ) : null}
          {item.reviewOverdue ? <ReviewOverdueBadge /> : null}
        </Group>
        {expanded ? null : (
          <Text component="span" display="block" size="sm" c="dimmed" lang={item.language} lineClamp={2}>
            <Highlighted text={item.snippet} words={words} />
          </Text>
        )}
      </UnstyledButton>
      <div id={panelId} hidden={!expanded}>
        {expanded ? <ExpandedArticle id={item.id} prefer={prefer ?? item.language} /> : null}
      </div>
    </Box>
  );
}

function ExpandedArticle({ id, prefer }: { id: string; prefer: string }) {
  const { t } = useTranslation();
  const article = useArticle(id);
  if (article.isPending) {
    return (
      <Center p="sm">
        <Loader size="sm" aria-label={t("app.loading")} />
      </Center>
    );
  }
  if (!article.data) return <ErrorAlert error={article.error} />;
  return (
    <Box p="xs">
      <ArticleTranslations article={article.data} prefer={prefer} headingLevel={3} />
    </Box>
  );
}
