import { Center, Loader, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router-dom";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { SitrepEditor } from "./SitrepEditor.js";
import { SitrepVersionView } from "./SitrepVersionView.js";
import { useSitrep } from "./sitrep-api.js";

/** /sitreps/:id — the current version in the editor; ?version=N an earlier one, read-only. */
export function SitrepEditorPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const report = useSitrep(id);
  const asked = Number(params.get("version"));

  // A copy cached from an earlier visit may be behind: the editor starts from the report as saved now.
  if (report.isPending || (report.isFetching && !report.isFetchedAfterMount)) {
    return (
      <Center mih={200}>
        <Loader aria-label={t("app.loading")} />
      </Center>
    );
  }
  if (!report.data) {
    return (
      <Stack maw={960}>
        <ErrorAlert error={report.error} />
      </Stack>
    );
  }
  const detail = report.data;
  if (Number.isInteger(asked) && asked >= 1 && asked !== detail.currentVersion) {
    return <SitrepVersionView key={asked} detail={detail} version={asked} />;
  }
  // Keyed by report: another report opens in a fresh editor, never in this one's working copy.
  return <SitrepEditor key={detail.id} initial={detail} />;
}
