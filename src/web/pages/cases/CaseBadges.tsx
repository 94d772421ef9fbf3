import { Badge, Group } from "@mantine/core";
import type { CaseStage } from "../../../shared/htcds/index.js";
import { useVocab } from "./vocab.js";

const STAGE_COLOURS: Record<CaseStage, string> = {
  open: "blue",
  assessment: "indigo",
  support_plan: "violet",
  assistance: "teal",
  follow_up: "cyan",
  closure_requested: "orange",
  closed: "gray",
};

const badge = { variant: "light", tt: "none", miw: "max-content" } as const;

/** The word carries the meaning; colour only helps scanning a long list. */
export function CaseBadges({ stage, status }: { stage: CaseStage; status: string }) {
  const vocab = useVocab();
  const stageLabel = vocab.label("caseStage", stage);
  const statusLabel = vocab.label("caseStatus", status);
  return (
    <Group gap={6} wrap="wrap">
      <Badge color={STAGE_COLOURS[stage]} {...badge}>
        {stageLabel}
      </Badge>
      {/* "Closed" twice says nothing more; "Closed – referred" does. */}
      {statusLabel !== stageLabel ? (
        <Badge color="gray" {...badge} variant="outline">
          {statusLabel}
        </Badge>
      ) : null}
    </Group>
  );
}
