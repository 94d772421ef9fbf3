import { Button, Group, Stack, Text } from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { ActivityDetail } from "../../../../shared/api/activities.js";
import type { OfficeDetail } from "../../../../shared/api/offices.js";
import { useFocusFirstProblem } from "../../directory/edit/PlaceFields.js";
import { Section } from "../../directory/edit/ServiceForm.js";
import { ActivityError } from "../ActivityError.js";
import { useCreateActivity, usePatchActivity } from "../activity-api.js";
import { AwarenessFields } from "./AwarenessFields.js";
import {
  activityFormFrom,
  activityInputFrom,
  activityPatchFrom,
  emptyActivityForm,
  type ActivityForm as Form,
  withKind,
} from "./activity-form.js";
import { CommonFields } from "./CommonFields.js";
import { CoordinationFields } from "./CoordinationFields.js";
import { activityFieldErrors } from "./form-errors.js";
import { GuidanceFields } from "./GuidanceFields.js";
import { KindChooser } from "./KindChooser.js";
import { ResearchFields } from "./ResearchFields.js";
import { TrainingFields } from "./TrainingFields.js";

interface ActivityFormProps {
  /** The activity being changed; a new one otherwise. */
  activity?: ActivityDetail;
  offices: readonly OfficeDetail[];
  onSaved: (saved: ActivityDetail) => void;
  cancelTo: string;
}

/**
 * One form for every kind: the kind first, then what all activities have, then the kind's own fields.
 * Problems the server finds are shown at their fields (in the person's language) and listed above the buttons.
 */
export function ActivityForm({ activity, offices, onSaved, cancelTo }: ActivityFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<Form>(() => {
    if (activity) return activityFormFrom(activity);
    const open = offices.filter((office) => !office.retired);
    // With one office there is nothing to choose; otherwise the main office is the likely one.
    const office = open.length === 1 ? open[0] : open.find((o) => o.isMain);
    return emptyActivityForm({ officeId: office?.id, country: office?.country });
  });
  const create = useCreateActivity(onSaved);
  const patch = usePatchActivity(activity?.id ?? "", onSaved);
  const save = activity ? patch : create;
  const errors = activityFieldErrors(save.error);
  useFocusFirstProblem(formRef, save.error);
  const set = (next: Partial<Form>) => setForm((current) => ({ ...current, ...next }));
  const parts = { form, onChange: set, errors };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (save.isPending) return;
    if (activity) patch.mutate(activityPatchFrom(form, activity.version));
    else create.mutate(activityInputFrom(form));
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate onKeyDown={getHotkeyHandler([["mod+Enter", () => submit()]])}>
      <Stack gap="lg">
        <Section title={t("activitiesWeb.form.kindTitle")}>
          <KindChooser
            value={form.kind}
            onChange={(kind) => setForm((current) => withKind(current, kind))}
            error={errors.details ?? errors["details.kind"]}
            fixed={activity !== undefined}
          />
        </Section>
        {form.kind ? (
          <>
            <CommonFields value={form} onChange={set} errors={errors} offices={offices} />
            {form.kind === "training" ? <TrainingFields {...parts} /> : null}
            {form.kind === "awareness" ? <AwarenessFields {...parts} /> : null}
            {form.kind === "coordination" ? <CoordinationFields {...parts} /> : null}
            {form.kind === "guidance" ? <GuidanceFields {...parts} /> : null}
            {form.kind === "research" ? <ResearchFields {...parts} /> : null}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t("activitiesWeb.form.chooseKindFirst")}
          </Text>
        )}
        <ActivityError error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" component={Link} to={cancelTo}>
            {t("common.cancel")}
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={!form.kind}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            {activity ? t("activitiesWeb.form.save") : t("activitiesWeb.form.create")}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" ta="right">
          {t("activitiesWeb.form.shortcut")}
        </Text>
      </Stack>
    </form>
  );
}
