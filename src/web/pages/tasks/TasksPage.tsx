import { Group, SegmentedControl, Stack, Switch, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { useCursorList } from "../../api/paging.js";
import { can, useSession } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { TASKS_KEY } from "../cases/case-api.js";
import type { Task } from "../cases/case-types.js";
import { TaskList } from "./TaskList.js";

/** The caseworker's work list: open follow-up tasks across their cases, by due date. */
export function TasksPage() {
  const { t } = useTranslation();
  usePageTitle(t("tasks.title"));
  const { data: session } = useSession();
  const [params, setParams] = useSearchParams();
  const scope = params.get("scope") === "team" ? "team" : "mine";
  const overdue = params.get("overdue") === "1";
  const showDone = params.get("done") === "1";
  const list = useCursorList<Task>([...TASKS_KEY, "worklist"], "/api/tasks", {
    scope,
    status: showDone ? "all" : "open",
    overdue: overdue ? "true" : undefined,
  });
  const change = (next: { scope?: string; overdue?: boolean; done?: boolean }) => {
    const merged = { scope, overdue, done: showDone, ...next };
    const query = new URLSearchParams();
    if (merged.scope === "team") query.set("scope", "team");
    if (merged.overdue) query.set("overdue", "1");
    if (merged.done) query.set("done", "1");
    setParams(query, { replace: true });
  };

  return (
    <Stack maw={960}>
      <Title order={1}>{t("tasks.title")}</Title>
      <Group gap="md" wrap="wrap">
        <SegmentedControl
          aria-label={t("tasks.whose")}
          value={scope}
          onChange={(value) => change({ scope: value })}
          data={[
            { value: "mine", label: t("tasks.scope.mine") },
            { value: "team", label: t("tasks.scope.team") },
          ]}
        />
        <Switch
          label={t("tasks.onlyOverdue")}
          checked={overdue}
          onChange={(e) => change({ overdue: e.currentTarget.checked })}
        />
        <Switch
          label={t("tasks.showDone")}
          checked={showDone}
          onChange={(e) => change({ done: e.currentTarget.checked })}
        />
      </Group>
      <ErrorAlert error={list.error} />
      {list.isSuccess && list.items.length === 0 ? <Text>{t("tasks.empty")}</Text> : null}
      {list.items.length > 0 ? (
        <Text size="sm" aria-live="polite">
          {t("tasks.shown", { count: list.items.length })}
        </Text>
      ) : null}
      <TaskList tasks={list.items} canWrite={can(session, "case.write")} showCase />
      <LoadMore list={list} />
    </Stack>
  );
}
