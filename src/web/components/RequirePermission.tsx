import { Alert, Stack, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Permission } from "../../shared/access/permissions.js";
import { can, useSession } from "../api/session.js";

interface RequirePermissionProps {
  anyOf: Permission[];
  children: ReactNode;
}

/** Says plainly that the page is not for this role, instead of a page of failing requests. */
export function RequirePermission({ anyOf, children }: RequirePermissionProps) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  if (can(session, ...anyOf)) return <>{children}</>;
  return (
    <Stack>
      <Title order={1}>{t("common.notAllowedTitle")}</Title>
      <Alert color="gray" variant="light">
        {t("errors.forbidden")}
      </Alert>
    </Stack>
  );
}
