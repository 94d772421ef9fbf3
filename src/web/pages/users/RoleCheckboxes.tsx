import { Checkbox, SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isRole, ROLES, type Role } from "../../../shared/access/permissions.js";

interface RoleCheckboxesProps {
  value: Role[];
  onChange: (roles: Role[]) => void;
  /** Only deployment administrators may make other deployment administrators. */
  withDeploymentAdmin: boolean;
  error?: string;
}

export function RoleCheckboxes({ value, onChange, withDeploymentAdmin, error }: RoleCheckboxesProps) {
  const { t } = useTranslation();
  const roles = ROLES.filter((role) => withDeploymentAdmin || role !== "deployment_admin");
  return (
    <Checkbox.Group
      label={t("fields.roles")}
      description={t("users.rolesHint")}
      value={value}
      onChange={(next) => onChange(next.filter(isRole))}
      error={error}
      withAsterisk
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
        {roles.map((role) => (
          <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
