import { Alert, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PARTICIPANT_SEXES } from "../../../../shared/activities/vocab.js";
import { useActivityLabels } from "../activity-labels.js";
import type { ActivityForm, ParticipantListAction } from "./activity-form.js";
import { emptyParticipantRow } from "./activity-form.js";
import { Rows } from "./inputs.js";

interface ParticipantListFieldsProps {
  value: ActivityForm;
  onChange: (next: Partial<ActivityForm>) => void;
  errors: Record<string, string>;
}

/**
 * The names of those who took part, when a donor asks for them. Optional, and kept sealed: the report
 * and the lists only ever show how many. A list already kept is never loaded back into the form.
 */
export function ParticipantListFields({ value, onChange, errors }: ParticipantListFieldsProps) {
  const { t } = useTranslation();
  const labels = useActivityLabels();
  const kept = value.keptParticipants;
  const editing = kept === null || value.participantAction === "replace";
  return (
    <Stack gap="sm">
      <Alert color="blue" variant="light">
        <Text size="sm">{t("activitiesWeb.participantList.sealedNote")}</Text>
      </Alert>
      {kept !== null ? (
        <Radio.Group
          label={t("activitiesWeb.participantList.keptTitle", { count: kept })}
          value={value.participantAction}
          onChange={(action) => onChange({ participantAction: action as ParticipantListAction })}
        >
          <Stack gap={6} mt="xs">
            <Radio value="keep" label={t("activitiesWeb.participantList.keep")} />
            <Radio value="replace" label={t("activitiesWeb.participantList.replace")} />
            <Radio value="remove" label={t("activitiesWeb.participantList.remove")} />
          </Stack>
        </Radio.Group>
      ) : null}
      {editing ? (
        <Rows
          rows={value.participantRows}
          onChange={(participantRows) => onChange({ participantRows })}
          empty={emptyParticipantRow}
          legend={(index) => t("activitiesWeb.participantList.row", { number: index + 1 })}
          addLabel={t("activitiesWeb.participantList.add")}
          max={2000}
        >
          {(row, index, setRow) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t("activitiesWeb.participantList.name")}
                required
                value={row.name}
                onChange={(event) => setRow({ name: event.currentTarget.value })}
                error={errors[`participantList.${index}.name`] ?? errors[`participantList.${index}`]}
                maxLength={200}
                autoComplete="off"
              />
              <TextInput
                label={t("activitiesWeb.participantList.organisation")}
                value={row.organisation}
                onChange={(event) => setRow({ organisation: event.currentTarget.value })}
                error={errors[`participantList.${index}.organisation`]}
                maxLength={200}
                autoComplete="off"
              />
              <TextInput
                label={t("activitiesWeb.participantList.position")}
                value={row.position}
                onChange={(event) => setRow({ position: event.currentTarget.value })}
                error={errors[`participantList.${index}.position`]}
                maxLength={200}
                autoComplete="off"
              />
              <NativeSelect
                label={t("activitiesWeb.participantList.sex")}
                value={row.sex}
                onChange={(event) => setRow({ sex: event.currentTarget.value })}
                error={errors[`participantList.${index}.sex`]}
                data={[
                  { value: "", label: t("activitiesWeb.participantList.sexNotSaid") },
                  ...PARTICIPANT_SEXES.map((sex) => ({ value: sex, label: labels.sex(sex) })),
                ]}
              />
            </SimpleGrid>
          )}
        </Rows>
      ) : null}
      {errors.participantList && !errors["participantList.0"] ? (
        <Text size="sm" c="red">
          {errors.participantList}
        </Text>
      ) : null}
    </Stack>
  );
}
