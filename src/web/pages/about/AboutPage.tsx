import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { Facts } from "../cases/Facts.js";

interface Health {
  status: "ok";
  database: "pglite" | "postgresql";
  version: string;
}

const LICENCE_URL = "https://www.apache.org/licenses/LICENSE-2.0";
const HTCDS_URL = "https://github.com/UNMigration/HTCDS";
const CC_BY_URL = "https://creativecommons.org/licenses/by/4.0/";

/**
 * What Safepath is, which version runs here, under which licence, and where its data standard comes from.
 * The standard is credited as its licence asks, without any logo or wording that would suggest IOM
 * stands behind Safepath.
 */
export function AboutPage() {
  const { t } = useTranslation();
  usePageTitle(t("about.title"));
  const health = useQuery({
    queryKey: ["health"],
    queryFn: ({ signal }) => api.get<Health>("/api/health", undefined, signal),
    staleTime: 5 * 60_000,
  });
  const unknown = health.isError ? t("about.unavailable") : t("app.loading");

  return (
    <Stack maw={720}>
      <Title order={1}>{t("about.title")}</Title>
      <Text>{t("about.what")}</Text>
      <Facts
        facts={[
          { label: t("about.version"), value: health.data?.version ?? unknown },
          { label: t("about.database"), value: health.data ? t(`about.databases.${health.data.database}`) : unknown },
          {
            label: t("about.licence"),
            value: (
              <Anchor href={LICENCE_URL} rel="noreferrer">
                {t("about.licenceName")}
              </Anchor>
            ),
          },
        ]}
      />
      <Title order={2} size="h3">
        {t("about.standardTitle")}
      </Title>
      <Text>{t("htcds.attribution")}</Text>
      <Text>{t("about.standardUse")}</Text>
      <Stack gap={4}>
        <Anchor href={HTCDS_URL} rel="noreferrer">
          {t("about.standardLink")}
        </Anchor>
        <Anchor href={CC_BY_URL} rel="noreferrer">
          {t("about.ccByLink")}
        </Anchor>
      </Stack>
    </Stack>
  );
}
