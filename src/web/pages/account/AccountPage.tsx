import { Divider, Stack, Title } from "@mantine/core";
import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../api/session.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { MfaSection } from "./MfaSection.js";
import { PasswordForm } from "./PasswordForm.js";
import { ProfileSection } from "./ProfileSection.js";
import { SignOutEverywhereSection } from "./SignOutEverywhereSection.js";
import { TokensSection } from "./TokensSection.js";

/** A titled part of the page; the heading names the section for screen readers. */
function AccountSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Title order={2} size="h3" id={`${id}-heading`} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t("account.title"));
  const { data: session } = useSession();
  if (!session) return null;
  const sections = [
    { id: "profile", title: t("account.profileTitle"), body: <ProfileSection user={session.user} /> },
    { id: "password", title: t("account.changePassword"), body: <PasswordForm /> },
    { id: "mfa", title: t("mfa.sectionTitle"), body: <MfaSection user={session.user} /> },
    { id: "tokens", title: t("tokens.title"), body: <TokensSection /> },
    { id: "everywhere", title: t("account.everywhereTitle"), body: <SignOutEverywhereSection /> },
  ];
  return (
    <Stack gap="xl" maw={880}>
      <Title order={1}>{t("account.title")}</Title>
      {sections.map((section, index) => (
        <Fragment key={section.id}>
          {index > 0 && <Divider />}
          <AccountSection id={section.id} title={section.title}>
            {section.body}
          </AccountSection>
        </Fragment>
      ))}
    </Stack>
  );
}
