import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { SessionUser } from "../../api/types.js";
import { formatDateTime } from "../../format.js";
import { currentLanguage } from "../../i18n.js";
import { permissionKey } from "../labels.js";

/** Who the person is signed in as, and whether their account is protected by the second step. */
export function AboutYouCard({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Card withBorder padding="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Stack gap={4}>
          <Text fw={600}>{t("home.organisation")}</Text>
          <Text>{user.organisation.name}</Text>
        </Stack>
        <Stack gap={4}>
          <Text fw={600}>{t("home.roles")}</Text>
          <Group gap={6}>
            {user.roles.map((role) => (
              // Long role names wrap instead of ending in "…" on a phone.
              <Badge key={role} variant="light" tt="none" h="auto" py={2} styles={{ label: { whiteSpace: "normal" } }}>
                {t(`roles.${role}`)}
              </Badge>
            ))}
          </Group>
        </Stack>
        <Stack gap={4}>
          <Text fw={600}>{t("home.lastSignIn")}</Text>
          <Text>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, lang) : t("home.noEarlierSignIn")}</Text>
        </Stack>
        <Stack gap={4}>
          <Text fw={600}>{t("mfa.sectionTitle")}</Text>
          {user.mfaEnabled ? (
            <Text>{t("mfa.statusOn")}</Text>
          ) : (
            <Text>
              {t("mfa.statusOff")}{" "}
              <Anchor component={Link} to="/account/mfa">
                {t("home.setUpMfa")}
              </Anchor>
            </Text>
          )}
        </Stack>
      </SimpleGrid>
      <details style={{ marginTop: "var(--mantine-spacing-md)" }}>
        <summary style={{ cursor: "pointer" }}>{t("home.permissionsSummary")}</summary>
        <List size="sm" mt="xs">
          {user.permissions.map((permission) => (
            <List.Item key={permission}>{t(permissionKey(permission))}</List.Item>
          ))}
        </List>
      </details>
    </Card>
  );
}
