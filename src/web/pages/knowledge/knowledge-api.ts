import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ArticleDetail,
  ArticleInput,
  ArticleListItem,
  ArticlePatch,
  ArticleVersionInput,
  ArticleVersionSummary,
} from "../../../shared/api/knowledge.js";
import { api, type QueryValue } from "../../api/client.js";
import { useCursorList } from "../../api/paging.js";
import type { Items } from "../../api/types.js";

/** Every query about the knowledge base starts with this key: any write refreshes lists, articles and histories. */
export const KNOWLEDGE_KEY = ["knowledge"] as const;

export const ARTICLES_PATH = "/api/knowledge/articles";
export const articlePath = (id: string) => `${ARTICLES_PATH}/${encodeURIComponent(id)}`;

export function useArticleList(
  filters: Record<string, QueryValue>,
  options: { limit?: number; enabled?: boolean } = {},
) {
  return useCursorList<ArticleListItem>([...KNOWLEDGE_KEY, "list"], ARTICLES_PATH, filters, options);
}

/** An article in one version (the current one when none is named). */
export function useArticle(id: string, version?: number, enabled = true) {
  return useQuery({
    queryKey: [...KNOWLEDGE_KEY, "article", id, version ?? "current"],
    queryFn: ({ signal }) => api.get<ArticleDetail>(articlePath(id), { version }, signal),
    enabled: enabled && id !== "",
    // A numbered version never changes; the current one changes only through a write, which invalidates.
    staleTime: version === undefined ? 30_000 : Number.POSITIVE_INFINITY,
  });
}

export function useArticleHistory(id: string) {
  return useQuery({
    queryKey: [...KNOWLEDGE_KEY, "history", id],
    queryFn: ({ signal }) => api.get<Items<ArticleVersionSummary>>(`${articlePath(id)}/versions`, undefined, signal),
    select: (data) => data.items,
  });
}

function useKnowledgeWrite<I>(write: (input: I) => Promise<ArticleDetail>, onSaved?: (saved: ArticleDetail) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: KNOWLEDGE_KEY });
      onSaved?.(saved);
    },
  });
}

export const useCreateArticle = (onSaved?: (saved: ArticleDetail) => void) =>
  useKnowledgeWrite((input: ArticleInput) => api.post<ArticleDetail>(ARTICLES_PATH, input), onSaved);

export const useAddVersion = (id: string, onSaved?: (saved: ArticleDetail) => void) =>
  useKnowledgeWrite(
    (input: ArticleVersionInput) => api.post<ArticleDetail>(`${articlePath(id)}/versions`, input),
    onSaved,
  );

export const usePatchArticle = (id: string, onSaved?: (saved: ArticleDetail) => void) =>
  useKnowledgeWrite((patch: ArticlePatch) => api.patch<ArticleDetail>(articlePath(id), patch), onSaved);

export const useMarkReviewed = (id: string, onSaved?: (saved: ArticleDetail) => void) =>
  useKnowledgeWrite(
    (input: { nextReviewOn?: string }) => api.post<ArticleDetail>(`${articlePath(id)}/review`, input),
    onSaved,
  );
