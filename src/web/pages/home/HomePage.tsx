import { Alert, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSession } from "../../api/session.js";
import { allowedNavItems } from "../../components/navigation.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { AboutYouCard } from "./AboutYouCard.js";
import { KeyFigures } from "./KeyFigures.js";
import { SectionCards } from "./SectionCards.js";

export function HomePage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  usePageTitle(t("nav.home"));
  if (!session) return null;
  const { user } = session;
  const sections = allowedNavItems(user.permissions).filter((item) => item.to !== "/" && item.to !== "/account");

  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{t("home.greeting", { name: user.displayName })}</Title>
      <KeyFigures />
      <AboutYouCard user={user} />
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t("home.whatYouCanDo")}
        </Title>
        <SectionCards sections={sections} />
      </Stack>
      {sections.length === 0 ? (
        // Roles whose work lives in modules not built yet would otherwise meet an empty page without a reason.
        <Alert color="blue" variant="light" title={t("home.laterTitle")}>
          <Text size="sm">{t("home.laterText")}</Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
