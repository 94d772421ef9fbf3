import { Button, Group, Modal, Select, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.js";
import { can, useSession } from "../../api/session.js";
import type { Page, User } from "../../api/types.js";
import { casePath, useCaseMutation } from "./case-api.js";
import { FormError } from "./FormError.js";
import { errorsUnder } from "./field-errors.js";

const OWNER_ROLES = ["caseworker", "supervisor", "hotline_operator"];

/** Active colleagues who can own a case; the organisation's first 200 users are plenty to choose from. */
export function useCaseworkers(enabled: boolean) {
  return useQuery({
    queryKey: ["users", "caseworkers"],
    queryFn: ({ signal }) => api.get<Page<User>>("/api/users", { limit: 200 }, signal),
    enabled,
    select: (page) =>
      page.items
        .filter((user) => !user.disabled && user.roles.some((role) => OWNER_ROLES.includes(role)))
        .map((user) => ({ value: user.id, label: user.displayName })),
  });
}

interface AssignActionProps {
  caseId: string;
  ownerUserId: string | null;
  version: number;
}

/** Hands the case to another caseworker; offered to those who may assign (supervisors). */
export function AssignAction({ caseId, ownerUserId, version }: AssignActionProps) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const allowed = can(session, "case.assign") && can(session, "user.read");
  const [opened, setOpened] = useState(false);
  const [owner, setOwner] = useState<string | null>(ownerUserId);
  const people = useCaseworkers(allowed && opened);
  const assign = useCaseMutation(
    (ownerId: string) => api.post(`${casePath(caseId)}/assign`, { ownerUserId: ownerId, version }),
    () => setOpened(false),
  );
  if (!allowed) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (owner) assign.mutate(owner);
  };

  return (
    <>
      <Button
        variant="default"
        onClick={() => {
          assign.reset();
          setOwner(ownerUserId);
          setOpened(true);
        }}
      >
        {t("casePage.assign.button")}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t("casePage.assign.title")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <Select
              label={t("casePage.assign.owner")}
              data={people.data ?? []}
              value={owner}
              onChange={setOwner}
              searchable
              required
              nothingFoundMessage={t("common.noResults")}
              error={errorsUnder(assign.error).ownerUserId}
              comboboxProps={{ withinPortal: true }}
              data-autofocus
            />
            <FormError error={assign.error ?? people.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={assign.isPending} disabled={!owner}>
                {t("casePage.assign.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
