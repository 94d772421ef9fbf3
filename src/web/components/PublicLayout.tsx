import { Anchor, Box, Container, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { LanguageSwitcher } from "./LanguageSwitcher.js";
import { SkipLink } from "./SkipLink.js";

/** The frame of the sign-in steps: name, language choice, one narrow column. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <Box component="header" px="sm" py="xs" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
        <SkipLink />
        <Group justify="space-between" wrap="nowrap">
          <Anchor component={Link} to="/" fw={700} size="lg" underline="never" c="var(--mantine-color-text)">
            {t("app.name")}
          </Anchor>
          <LanguageSwitcher />
        </Group>
      </Box>
      <Container component="main" id="main" tabIndex={-1} size={440} py="xl">
        {children}
      </Container>
    </>
  );
}
