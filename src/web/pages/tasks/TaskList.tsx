import { Anchor, Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../api/client.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { CASES_KEY, TASKS_KEY } from "../cases/case-api.js";
import type { Task } from "../cases/case-types.js";
import { focusLater } from "../cases/focus.js";
import { formatDate } from "../cases/format.js";
import { useVocab } from "../cases/vocab.js";
import { TaskEditForm } from "./TaskEditForm.js";

interface TaskListProps {
  tasks: Task[];
  canWrite: boolean;
  /** On the work list each task says which case it belongs to; on a case page that goes without saying. */
  showCase?: boolean;
}

/** Follow-up tasks by due date, each with the one action people need most: done, or not done after all. */
export function TaskList({ tasks, canWrite, showCase }: TaskListProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const toggle = useMutation({
    mutationFn: (task: Task) => api.patch<Task>(`/api/tasks/${encodeURIComponent(task.id)}`, { done: !task.done }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: TASKS_KEY }),
        queryClient.invalidateQueries({ queryKey: CASES_KEY }),
      ]),
  });

  return (
    <Stack gap="sm">
      <ErrorAlert error={toggle.error} />
      {tasks.map((task) => (
        <Card
          key={task.id}
          id={`task-${task.id}`}
          tabIndex={-1}
          withBorder
          padding="sm"
          component="article"
          aria-label={task.title ?? task.caseNumber ?? t("tasks.fromScreening")}
        >
          {editing === task.id ? (
            <TaskEditForm
              task={task}
              onDone={() => {
                setEditing(null);
                focusLater(`task-${task.id}`);
              }}
            />
          ) : (
            <Group justify="space-between" align="flex-start" wrap="wrap">
              <Stack gap={2}>
                <Text fw={600} td={task.done ? "line-through" : undefined} style={{ overflowWrap: "anywhere" }}>
                  {task.title ?? (
                    <Text span c="dimmed">
                      {t("casePage.erased")}
                    </Text>
                  )}
                </Text>
                <Group gap={6}>
                  <Text size="sm">{t("tasks.due", { date: formatDate(task.dueOn, vocab.lang) })}</Text>
                  {task.overdue ? (
                    <Badge color="red" variant="light" tt="none">
                      {t("tasks.overdue")}
                    </Badge>
                  ) : null}
                  {task.done ? (
                    <Badge color="green" variant="light" tt="none">
                      {t("tasks.done")}
                    </Badge>
                  ) : null}
                  {task.priority === "urgent" && !task.done ? (
                    <Badge color="red" variant="filled" tt="none">
                      {t("tasks.urgent")}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="sm" c="dimmed">
                  {showCase && task.caseId ? (
                    <>
                      <Anchor component={Link} to={`/cases/${task.caseId}?tab=tasks`} size="sm" underline="always">
                        {task.caseNumber}
                      </Anchor>
                      {" · "}
                    </>
                  ) : null}
                  {showCase && !task.caseId && task.screeningId ? (
                    <>
                      <Anchor component={Link} to={`/screenings/${task.screeningId}`} size="sm" underline="always">
                        {t("tasks.fromScreening")}
                      </Anchor>
                      {" · "}
                    </>
                  ) : null}
                  {showCase && !task.caseId && task.contactId ? (
                    <>
                      <Anchor component={Link} to={`/hotline/contacts/${task.contactId}`} size="sm" underline="always">
                        {t("tasks.fromContact")}
                      </Anchor>
                      {" · "}
                    </>
                  ) : null}
                  {task.assigneeName ?? t("tasks.unassigned")}
                </Text>
              </Stack>
              {canWrite ? (
                <Group gap="xs">
                  {task.title !== null && editing === null ? (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(task.id)}
                      aria-label={t("tasks.editNamed", { title: task.title })}
                    >
                      {t("casePage.change")}
                    </Button>
                  ) : null}
                  <Button
                    size="xs"
                    variant={task.done ? "default" : "light"}
                    loading={toggle.isPending && toggle.variables?.id === task.id}
                    onClick={() => toggle.mutate(task)}
                    aria-label={
                      task.done
                        ? t("tasks.reopenNamed", { title: task.title ?? task.caseNumber ?? "" })
                        : t("tasks.markDoneNamed", { title: task.title ?? task.caseNumber ?? "" })
                    }
                  >
                    {task.done ? t("tasks.reopen") : t("tasks.markDone")}
                  </Button>
                </Group>
              ) : null}
            </Group>
          )}
        </Card>
      ))}
    </Stack>
  );
}
