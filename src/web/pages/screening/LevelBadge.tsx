import { Badge, type BadgeProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RiskLevel } from "../../../shared/screening/scoring/levels.js";

/** Colours rise with urgency; immediate danger is filled so it stands out in a list. */
const LEVEL_STYLE: Record<RiskLevel, { color: string; variant: BadgeProps["variant"] }> = {
  low: { color: "teal", variant: "light" },
  medium: { color: "orange", variant: "light" },
  high: { color: "red", variant: "light" },
  immediate_danger: { color: "red", variant: "filled" },
};

interface LevelBadgeProps {
  level: RiskLevel | null;
  size?: BadgeProps["size"];
}

/** A risk level as words on a coloured badge: the words carry the meaning, colour only helps scanning. */
export function LevelBadge({ level, size = "md" }: LevelBadgeProps) {
  const { t } = useTranslation();
  if (!level) {
    return (
      <Badge color="gray" variant="outline" tt="none" size={size}>
        {t("screeningWeb.notScored")}
      </Badge>
    );
  }
  const style = LEVEL_STYLE[level];
  return (
    <Badge color={style.color} variant={style.variant} tt="none" size={size} miw="max-content">
      {t(`screening.levels.${level}`)}
    </Badge>
  );
}
