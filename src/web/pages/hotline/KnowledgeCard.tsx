import { Card, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { KnowledgeSearchPanel } from "../knowledge/KnowledgeSearchPanel.js";

/** The knowledge base beside the call, answering first in the caller's language where an article has it. */
export function KnowledgeCard({ language }: { language: string | null }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm">
      <Title order={2} size="h4" mb="xs">
        {t("hotlineWeb.knowledge.title")}
      </Title>
      <KnowledgeSearchPanel language={language ?? undefined} />
    </Card>
  );
}
