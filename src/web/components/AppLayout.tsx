import { Anchor, AppShell, Burger, Group, NavLink, Stack } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation } from "react-router-dom";
import { isReady, useSession } from "../api/session.js";
import { ErrorAlert } from "./ErrorAlert.js";
import { LanguageSwitcher } from "./LanguageSwitcher.js";
import { activeNavItem, allowedNavItems } from "./navigation.js";
import { SkipLink } from "./SkipLink.js";
import { UserMenu } from "./UserMenu.js";
import { useFocusOnNavigate } from "./useFocusOnNavigate.js";
import { useSignOut } from "./useSignOut.js";

const NAV_ID = "main-navigation";

/** The frame of every signed-in page: header with language and user menu, navigation, main content. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // The "sm" breakpoint of the navbar; below it the navbar slides over the page.
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  const location = useLocation();
  const { data: session } = useSession();
  const signOut = useSignOut();
  useFocusOnNavigate("main");
  // Until both sign-in steps (and any forced password change) are done, only the current task is offered.
  const items = isReady(session) ? allowedNavItems(session.user.permissions) : [];
  const active = activeNavItem(items, location.pathname);
  const isActive = (to: string) => active?.to === to;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened, desktop: items.length === 0 } }}
      padding="md"
    >
      <AppShell.Header>
        <SkipLink />
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            {items.length > 0 ? (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t("app.closeNavigation") : t("app.openNavigation")}
                aria-expanded={opened}
                aria-controls={NAV_ID}
              />
            ) : null}
            <Anchor component={Link} to="/" fw={700} size="lg" underline="never" c="var(--mantine-color-text)">
              {t("app.name")}
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitcher />
            {session ? (
              <UserMenu user={session.user} onSignOut={() => signOut.mutate()} signingOut={signOut.isPending} />
            ) : null}
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        id={NAV_ID}
        aria-label={t("app.mainNavigation")}
        p="xs"
        // Off-screen links must not take keyboard focus while the phone menu is closed.
        style={isPhone && !opened ? { visibility: "hidden" } : undefined}
      >
        <Stack gap={2}>
          {items.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.label)}
              active={isActive(item.to)}
              aria-current={isActive(item.to) ? "page" : undefined}
              onClick={close}
            />
          ))}
        </Stack>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1} style={{ outline: "none" }}>
        {signOut.error ? <ErrorAlert error={signOut.error} /> : null}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
