import { Radio, SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ACTIVITY_KINDS, type ActivityKind } from "../../../../shared/activities/vocab.js";
import { useActivityLabels } from "../activity-labels.js";

interface KindChooserProps {
  value: ActivityKind | null;
  onChange: (kind: ActivityKind) => void;
  error?: string;
  /** A stored activity keeps its kind: its figures and files belong to it. */
  fixed?: boolean;
}

/** The first question: what kind of activity it was. The rest of the form follows from the answer. */
export function KindChooser({ value, onChange, error, fixed }: KindChooserProps) {
  const { t } = useTranslation();
  const labels = useActivityLabels();
  return (
    <Radio.Group
      label={t("activitiesWeb.form.kind")}
      description={fixed ? t("activitiesWeb.form.kindFixed") : t("activitiesWeb.form.kindHint")}
      value={value ?? ""}
      onChange={(next) => onChange(next as ActivityKind)}
      error={error}
      required
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
        {ACTIVITY_KINDS.map((kind) => (
          <Radio
            key={kind}
            value={kind}
            label={labels.kind(kind)}
            description={t(`activitiesWeb.kindHints.${kind}`)}
            disabled={fixed && kind !== value}
            styles={{ label: { fontWeight: 600 } }}
          />
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
