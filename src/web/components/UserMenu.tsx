import { Avatar, Button, Menu, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { SessionUser } from "../api/types.js";

interface UserMenuProps {
  user: SessionUser;
  onSignOut: () => void;
  signingOut: boolean;
}

export function UserMenu({ user, onSignOut, signingOut }: UserMenuProps) {
  const { t } = useTranslation();
  return (
    // trapFocus off: its focus-catcher element sits inside role="menu", which screen readers (and axe) reject;
    // the menu still closes on Escape and moves with the arrow keys.
    <Menu position="bottom-end" withinPortal trapFocus={false}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px={6}
          aria-label={t("app.userMenu", { name: user.displayName })}
          // The name is the visible text, so the accessible name (which contains it) matches what sighted
          // speech-input users read; the avatar is decoration.
          leftSection={<Avatar size={28} color="blue" radius="xl" aria-hidden />}
        >
          <Text span visibleFrom="md" size="sm" c="var(--mantine-color-text)">
            {user.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component={Link} to="/account">
          {t("nav.account")}
        </Menu.Item>
        <Menu.Item component={Link} to="/about">
          {t("nav.about")}
        </Menu.Item>
        <Menu.Item onClick={onSignOut} disabled={signingOut}>
          {t("nav.signOut")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
