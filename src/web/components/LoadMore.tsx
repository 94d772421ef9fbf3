import { Button, Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface Pager {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isPending: boolean;
  fetchNextPage: () => unknown;
}

/** Keyset paging shows a "load more" button rather than page numbers: the API cannot jump to page 7. */
export function LoadMore({ list }: { list: Pager }) {
  const { t } = useTranslation();
  if (list.isPending) {
    return (
      <Center>
        <Loader aria-label={t("app.loading")} />
      </Center>
    );
  }
  if (!list.hasNextPage) return null;
  return (
    <Center>
      <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
        {t("common.loadMore")}
      </Button>
    </Center>
  );
}
