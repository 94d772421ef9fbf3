import { Button, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { taskPatch } from "../../../shared/api/case-records.js";
import { api } from "../../api/client.js";
import { useCaseMutation } from "../cases/case-api.js";
import type { Task } from "../cases/case-types.js";
import { FormError } from "../cases/FormError.js";
import { errorsUnder } from "../cases/field-errors.js";
import { useFocusFirstField } from "../cases/focus.js";
import { AssigneeSelect } from "./AssigneeSelect.js";

type TaskPatch = z.input<typeof taskPatch>;

/** Changes what a task says, when it is due and who does it; only what changed is sent. */
export function TaskEditForm({ task, onDone }: { task: Task; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstField(form);
  const [title, setTitle] = useState(task.title ?? "");
  const [dueOn, setDueOn] = useState(task.dueOn);
  const [assignee, setAssignee] = useState<string | null>(task.assigneeUserId);
  const save = useCaseMutation(
    (body: TaskPatch) => api.patch<Task>(`/api/tasks/${encodeURIComponent(task.id)}`, body),
    () => onDone(true),
  );
  const errors = errorsUnder(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const patch: TaskPatch = {
      ...(title.trim() !== task.title ? { title: title.trim() } : {}),
      ...(dueOn !== task.dueOn ? { dueOn } : {}),
      ...(assignee !== task.assigneeUserId ? { assigneeUserId: assignee } : {}),
    };
    if (Object.keys(patch).length === 0) onDone(false);
    else save.mutate(patch);
  };
  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={t("tasks.edit")}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t("casePage.tasks.what")}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errors.title}
            required
          />
          <TextInput
            type="date"
            label={t("fields.dueOn")}
            value={dueOn}
            onChange={(event) => setDueOn(event.currentTarget.value)}
            error={errors.dueOn}
            required
          />
          <AssigneeSelect
            value={assignee}
            onChange={setAssignee}
            currentName={task.assigneeName}
            error={errors.assigneeUserId}
          />
        </SimpleGrid>
        <FormError error={save.error} />
        <Group>
          <Button type="submit" size="xs" loading={save.isPending} disabled={!title.trim() || !dueOn}>
            {t("common.save")}
          </Button>
          <Button size="xs" variant="default" onClick={() => onDone(false)}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
