import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AuditOutcome } from "../../api/types.js";

const COLOURS: Record<AuditOutcome, string> = { allowed: "green", denied: "red", failed: "orange" };

/** Colour helps scanning; the word carries the meaning, for colour-blind readers and screen readers. */
export function OutcomeBadge({ outcome }: { outcome: AuditOutcome }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[outcome]} variant="light" tt="none" miw="max-content">
      {t(`audit.outcomes.${outcome}`)}
    </Badge>
  );
}
