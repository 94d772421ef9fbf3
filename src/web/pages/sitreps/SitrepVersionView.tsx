import { Alert, Anchor, Button, Center, Group, Loader, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { SitrepDetail } from "../../../shared/api/sitrep.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { formatDateTime } from "../../format.js";
import { currentLanguage } from "../../i18n.js";
import { DocumentBody } from "./DocumentBody.js";
import { DownloadLinks } from "./DownloadLinks.js";
import { SitrepHeader } from "./SitrepHeader.js";
import { useSitrepVersion } from "./sitrep-api.js";
import { textsOf } from "./sitrep-texts.js";
import { VersionsDrawer } from "./VersionsDrawer.js";

/** An earlier version of a report, as it was saved: read-only, downloadable as it was. */
export function SitrepVersionView({ detail, version }: { detail: SitrepDetail; version: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [versionsOpened, versions] = useDisclosure(false);
  const loaded = useSitrepVersion(detail.id, version);
  const document = loaded.data?.document;
  const texts = useMemo(() => (document ? textsOf(document) : {}), [document]);
  usePageTitle(t("sitrepWeb.versions.version", { version }));
  const savedAt = detail.versions.find((item) => item.version === version)?.savedAt;

  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to="/sitreps" size="sm">
        {t("sitrepWeb.editor.back")}
      </Anchor>
      <Alert color="blue" variant="light" title={t("sitrepWeb.versions.version", { version })}>
        <Stack gap="xs">
          <Text size="sm">
            {savedAt
              ? t("sitrepWeb.versions.olderSaved", { date: formatDateTime(savedAt, lang) })
              : t("sitrepWeb.versions.older")}
          </Text>
          <Group gap="xs">
            <Anchor component={Link} to={`/sitreps/${detail.id}`} size="sm">
              {t("sitrepWeb.versions.backToCurrent", { version: detail.currentVersion })}
            </Anchor>
          </Group>
        </Stack>
      </Alert>
      <ErrorAlert error={loaded.error} />
      {loaded.isPending ? (
        <Center mih={200}>
          <Loader aria-label={t("app.loading")} />
        </Center>
      ) : null}
      {document ? (
        <>
          <SitrepHeader
            document={document}
            title={document.title}
            status={detail.publishedVersion === version ? "published" : "draft"}
            version={version}
          />
          <Group gap="xs">
            <Button variant="default" onClick={versions.open}>
              {t("sitrepWeb.versions.title")}
            </Button>
          </Group>
          <DownloadLinks reportId={detail.id} version={version} />
          <DocumentBody document={document} texts={texts} />
        </>
      ) : null}
      <VersionsDrawer opened={versionsOpened} onClose={versions.close} detail={detail} shown={version} />
    </Stack>
  );
}
