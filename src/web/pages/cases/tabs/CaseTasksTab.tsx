import { Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { useCursorList } from "../../../api/paging.js";
import { useSession } from "../../../api/session.js";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import { LoadMore } from "../../../components/LoadMore.js";
import { AssigneeSelect } from "../../tasks/AssigneeSelect.js";
import { TaskList } from "../../tasks/TaskList.js";
import type { TabProps } from "../CasePage.js";
import { casePartKey, casePath, useCaseMutation } from "../case-api.js";
import type { Task, TaskInput } from "../case-types.js";
import { FormError } from "../FormError.js";
import { errorsUnder } from "../field-errors.js";
import { todayLocal } from "../format.js";

function TaskForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const [title, setTitle] = useState("");
  const [dueOn, setDueOn] = useState(todayLocal());
  // The person adding the task does it unless they choose otherwise; cleared, it is left unassigned.
  const [assignee, setAssignee] = useState<string | null>(session?.user.id ?? null);
  const save = useCaseMutation(
    (body: TaskInput) => api.post(`${casePath(caseId)}/tasks`, body),
    () => setTitle(""),
  );
  const errors = errorsUnder(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ title: title.trim(), dueOn, assigneeUserId: assignee });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("casePage.tasks.add")}>
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
          <AssigneeSelect value={assignee} onChange={setAssignee} error={errors.assigneeUserId} />
        </SimpleGrid>
        <FormError error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!title.trim() || !dueOn}>
            {t("casePage.tasks.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CaseTasksTab({ item, canWrite }: TabProps) {
  const { t } = useTranslation();
  const tasks = useCursorList<Task>(casePartKey(item.id, "tasks"), `${casePath(item.id)}/tasks`, { status: "all" });
  return (
    <Stack>
      <Title order={2} size="h3">
        {t("casePage.tabs.tasks")}
      </Title>
      {canWrite && !item.identifyingErased ? <TaskForm caseId={item.id} /> : null}
      <ErrorAlert error={tasks.error} />
      {tasks.isSuccess && tasks.items.length === 0 ? <Text>{t("casePage.tasks.empty")}</Text> : null}
      <TaskList tasks={tasks.items} canWrite={canWrite} />
      <LoadMore list={tasks} />
    </Stack>
  );
}
