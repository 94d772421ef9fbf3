import { Divider, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSession } from "../../api/session.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { MfaSection } from "./MfaSection.js";
import { PasswordForm } from "./PasswordForm.js";
import { ProfileSection } from "./ProfileSection.js";
import { SignOutEverywhereSection } from "./SignOutEverywhereSection.js";
import { TokensSection } from "./TokensSection.js";

export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t("account.title"));
  const { data: session } = useSession();
  if (!session) return null;
  return (
    <Stack gap="xl" maw={880}>
      <Title order={1}>{t("account.title")}</Title>
      <section aria-labelledby="profile-heading">
        <Title order={2} size="h3" id="profile-heading" mb="sm">
          {t("account.profileTitle")}
        </Title>
        <ProfileSection user={session.user} />
      </section>
      <Divider />
      <section aria-labelledby="password-heading">
        <Title order={2} size="h3" id="password-heading" mb="sm">
          {t("account.changePassword")}
        </Title>
        <PasswordForm />
      </section>
      <Divider />
      <section aria-labelledby="mfa-heading">
        <Title order={2} size="h3" id="mfa-heading" mb="sm">
          {t("mfa.sectionTitle")}
        </Title>
        <MfaSection user={session.user} />
      </section>
      <Divider />
      <section aria-labelledby="tokens-heading">
        <Title order={2} size="h3" id="tokens-heading" mb="sm">
          {t("tokens.title")}
        </Title>
        <TokensSection />
      </section>
      <Divider />
      <section aria-labelledby="everywhere-heading">
        <Title order={2} size="h3" id="everywhere-heading" mb="sm">
          {t("account.everywhereTitle")}
        </Title>
        <SignOutEverywhereSection />
      </section>
    </Stack>
  );
}
