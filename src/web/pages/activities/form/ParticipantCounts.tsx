import { Fieldset, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useActivityLabels } from "../activity-labels.js";
import { participantsCheck, profilesCheck, type SumCheck } from "./form-checks.js";
import { CountInput, ListSelect, Rows } from "./inputs.js";
import { emptyProfileRow, type TrainingForm } from "./kind-forms.js";

interface ParticipantCountsProps {
  value: TrainingForm;
  onChange: (next: Partial<TrainingForm>) => void;
  errors: Record<string, string>;
}

const COLOURS = { adds_up: "green", short: "orange", over: "red", incomplete: undefined } as const;

/** How many took part, by sex and by profile, with a check as the numbers are typed that they add up. */
export function ParticipantCounts({ value, onChange, errors }: ParticipantCountsProps) {
  const { t } = useTranslation();
  const { participants } = value;
  const set = (change: Partial<TrainingForm["participants"]>) =>
    onChange({ participants: { ...participants, ...change } });
  const bySex = participantsCheck(participants);
  const byProfile = profilesCheck(participants.total, value.byProfile);
  const count = (name: keyof TrainingForm["participants"], required: boolean) => (
    <CountInput
      label={t(`activitiesWeb.fields.participants.${name}`)}
      required={required}
      value={participants[name]}
      onChange={(typed) => set({ [name]: typed })}
      error={errors[`details.participants.${name}`]}
    />
  );
  return (
    <>
      <Fieldset legend={t("activitiesWeb.form.participants")} variant="unstyled">
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {count("total", true)}
            {count("female", true)}
            {count("male", true)}
            {count("other", false)}
          </SimpleGrid>
          <CheckLine check={bySex} kind="bySex" />
        </Stack>
      </Fieldset>
      <Fieldset legend={t("activitiesWeb.form.byProfile")} variant="unstyled">
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t("activitiesWeb.form.byProfileHint")}
          </Text>
          <Rows
            rows={value.byProfile}
            onChange={(byProfile) => onChange({ byProfile })}
            empty={emptyProfileRow}
            legend={(index) => t("activitiesWeb.form.profileRow", { number: index + 1 })}
            addLabel={t("activitiesWeb.form.addProfile")}
            max={30}
          >
            {(row, index, setRow) => (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <ListSelect
                  list="target_group"
                  label={t("activitiesWeb.fields.profile")}
                  required
                  value={row.profile}
                  onChange={(profile) => setRow({ profile })}
                  error={errors[`details.byProfile.${index}.profile`]}
                />
                <CountInput
                  label={t("activitiesWeb.fields.count")}
                  required
                  value={row.count}
                  onChange={(typed) => setRow({ count: typed })}
                  error={errors[`details.byProfile.${index}.count`] ?? errors[`details.byProfile.${index}`]}
                />
              </SimpleGrid>
            )}
          </Rows>
          {byProfile ? <CheckLine check={byProfile} kind="byProfile" /> : null}
          {errors["details.byProfile"] ? (
            <Text size="sm" c="red">
              {errors["details.byProfile"]}
            </Text>
          ) : null}
        </Stack>
      </Fieldset>
    </>
  );
}

/** "Adds up", "2 fewer than the total" or "2 more than the total", said as soon as it is known. */
function CheckLine({ check, kind }: { check: SumCheck; kind: "bySex" | "byProfile" }) {
  const { t } = useTranslation();
  const labels = useActivityLabels();
  const numbers = {
    sum: labels.number(check.sum),
    total: labels.number(check.total),
    difference: labels.number(Math.abs((check.total ?? 0) - check.sum)),
  };
  return (
    <Text size="sm" c={COLOURS[check.state]} fw={check.state === "incomplete" ? undefined : 600} aria-live="polite">
      {t(`activitiesWeb.check.${kind}.${check.state}`, numbers)}
    </Text>
  );
}
