import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function StatusBadge({ status }: { status: "draft" | "published" }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={status === "published" ? "green" : "gray"} tt="none" style={{ flexShrink: 0 }}>
      {status === "published" ? t("sitrepWeb.status.published") : t("sitrepWeb.status.draft")}
    </Badge>
  );
}
