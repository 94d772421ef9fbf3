import { Badge, Button, Checkbox, Group, SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  DEFAULT_SHARED_FIELDS,
  IDENTIFYING_SHARED_FIELDS,
  SHAREABLE_FIELDS,
  type ShareableField,
} from "../../../shared/referrals/fields.js";
import { useReferralLabels } from "./referral-labels.js";

interface SharedFieldsPickerProps {
  value: readonly ShareableField[];
  onChange: (fields: ShareableField[]) => void;
  /** What "back to the minimum" restores: a screening holds fewer fields than a person's record. */
  minimum?: readonly ShareableField[];
}

/**
 * What the receiving service will see of the person, field by field. The minimum to reach the person and speak
 * with them is ticked; fields that identify the person say so, so that each one is a choice.
 */
export function SharedFieldsPicker({ value, onChange, minimum = DEFAULT_SHARED_FIELDS }: SharedFieldsPickerProps) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const isMinimum = value.length === minimum.length && minimum.every((f) => value.includes(f));
  return (
    <Checkbox.Group
      label={t("referralsPage.refer.fields")}
      description={t("referralsPage.refer.fieldsHint")}
      value={[...value]}
      onChange={(next) => onChange(SHAREABLE_FIELDS.filter((field) => next.includes(field)))}
    >
      <Stack gap="xs" mt="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
          {SHAREABLE_FIELDS.map((field) => (
            <Checkbox
              key={field}
              value={field}
              label={
                <Group gap={6} wrap="wrap" component="span">
                  <span>{labels.field(field)}</span>
                  {IDENTIFYING_SHARED_FIELDS.has(field) ? (
                    <Badge component="span" size="sm" color="orange" variant="outline" tt="none">
                      {t("referralsPage.refer.identifying")}
                    </Badge>
                  ) : null}
                </Group>
              }
            />
          ))}
        </SimpleGrid>
        {isMinimum ? null : (
          <Group>
            <Button variant="subtle" size="compact-sm" onClick={() => onChange([...minimum])}>
              {t("referralsPage.refer.backToMinimum")}
            </Button>
          </Group>
        )}
      </Stack>
    </Checkbox.Group>
  );
}
