import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { api, type QueryValue } from "./client.js";
import type { Page } from "./types.js";

/**
 * Keyset paging as the API offers it: each answer carries the cursor of the next page, and "load more"
 * appends. Filters are part of the query key, so changing one starts again from the first page.
 */
export function useCursorList<T>(
  key: readonly unknown[],
  path: string,
  filters: Record<string, QueryValue>,
  options: { limit?: number; enabled?: boolean } = {},
) {
  const { limit = 50, enabled = true } = options;
  const query = useInfiniteQuery({
    enabled,
    queryKey: [...key, filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<T>>(path, { ...filters, limit, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, items };
}
