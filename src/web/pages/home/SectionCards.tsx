import { Card, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { NavItem } from "../../components/navigation.js";

type CardText =
  | "home.cards.cases"
  | "home.cards.approvals"
  | "home.cards.tasks"
  | "home.cards.hotline"
  | "home.cards.hotlineFigures"
  | "home.cards.knowledge"
  | "home.cards.organisations"
  | "home.cards.users"
  | "home.cards.audit"
  | "home.cards.sitreps";

const DESCRIPTIONS: Record<string, CardText> = {
  "/cases": "home.cards.cases",
  "/cases/approvals": "home.cards.approvals",
  "/tasks": "home.cards.tasks",
  "/hotline": "home.cards.hotline",
  "/hotline/figures": "home.cards.hotlineFigures",
  "/knowledge": "home.cards.knowledge",
  "/admin/organisations": "home.cards.organisations",
  "/admin/users": "home.cards.users",
  "/audit": "home.cards.audit",
  "/sitreps": "home.cards.sitreps",
};

/** One card per section the person may open, and their own account; the whole card is the link. */
export function SectionCards({ sections }: { sections: NavItem[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {sections.map((section) => {
        const description = DESCRIPTIONS[section.to];
        return (
          <Card
            key={section.to}
            component={Link}
            to={section.to}
            withBorder
            padding="md"
            className="mantine-focus-auto"
          >
            <Title order={3} size="h4" c="blue.9">
              {t(section.label)}
            </Title>
            {description ? (
              <Text size="sm" mt={4}>
                {t(description)}
              </Text>
            ) : null}
          </Card>
        );
      })}
      <Card component={Link} to="/account" withBorder padding="md" className="mantine-focus-auto">
        <Title order={3} size="h4" c="blue.9">
          {t("nav.account")}
        </Title>
        <Text size="sm" mt={4}>
          {t("home.cards.account")}
        </Text>
      </Card>
    </SimpleGrid>
  );
}
