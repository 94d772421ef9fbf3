import { Alert, Anchor, Stack } from "@mantine/core";
import { useDisclosure, useHotkeys } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { SitrepDetail } from "../../../shared/api/sitrep.js";
import { isApiError } from "../../api/client.js";
import { can, useSession } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { SuccessAlert } from "../../components/SuccessAlert.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { DocumentBody } from "./DocumentBody.js";
import { DownloadLinks } from "./DownloadLinks.js";
import { ConflictNotice, MergeNote, RestoreOffer } from "./EditorNotices.js";
import { SaveBar } from "./SaveBar.js";
import { SitrepActions } from "./SitrepActions.js";
import { SitrepHeader } from "./SitrepHeader.js";
import { useFetchLatestSitrep, useSitrepStep } from "./sitrep-api.js";
import { TITLE_KEY, withTexts } from "./sitrep-texts.js";
import { useSitrepEditor } from "./use-sitrep-editor.js";
import { useUnsavedGuard } from "./use-unsaved-guard.js";
import { VersionsDrawer } from "./VersionsDrawer.js";

const isConflict = (error: unknown) => isApiError(error) && error.status === 409;

/**
 * The editor of a report's current version: the words can change while it is a draft; figures are shown
 * as computed, in the report's language. Saving makes a new version; a version saved by someone else in
 * the meantime is refused by the server and taken in here with this person's changes put into it.
 */
export function SitrepEditor({ initial }: { initial: SitrepDetail }) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const editor = useSitrepEditor(initial);
  const { detail, texts, dirty } = editor;
  const step = useSitrepStep(detail.id);
  const fetchLatest = useFetchLatestSitrep(detail.id);
  const [note, setNote] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const [conflict, setConflict] = useState(false);
  const [takingNewer, setTakingNewer] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [versionsOpened, versions] = useDisclosure(false);

  const title = texts[TITLE_KEY] ?? detail.document.title;
  usePageTitle(title || t("sitrepWeb.editor.untitled"));
  const editable = detail.status === "draft" && can(session, "report.write");
  const onText = editable ? editor.setText : undefined;
  const blocked = title.trim() ? undefined : t("sitrepWeb.editor.titleNeeded");
  useUnsavedGuard(dirty, t("sitrepWeb.leave"));

  const failed = (error: unknown) => {
    if (isConflict(error)) setConflict(true);
  };

  const save = () => {
    if (!editable || !dirty || blocked || step.isPending) return;
    const sent = texts;
    step.mutate(
      {
        kind: "save",
        version: detail.currentVersion,
        document: withTexts(detail.document, sent),
        note: note.trim() || undefined,
      },
      {
        onSuccess: (next) => {
          editor.accept(next, sent);
          setNote("");
          setConflict(false);
          setNotice(null);
          setSavedVersion(next.currentVersion);
        },
        onError: failed,
      },
    );
  };

  const run = (kind: "refresh" | "publish") => {
    setNotice(null);
    step.mutate(
      { kind, version: detail.currentVersion },
      {
        onSuccess: (next) => {
          editor.accept(next);
          // Publishing says so in the read-only notice that replaces the actions.
          setNotice(kind === "refresh" ? t("sitrepWeb.refresh.done", { version: next.currentVersion }) : null);
        },
        onError: failed,
      },
    );
  };

  const takeNewer = async () => {
    setTakingNewer(true);
    setLoadError(null);
    try {
      editor.takeNewer(await fetchLatest());
      setConflict(false);
      step.reset();
    } catch (error) {
      setLoadError(error);
    } finally {
      setTakingNewer(false);
    }
  };

  // Ctrl+S saves from inside a text area too: that is where the hands are.
  useHotkeys([["mod+S", save]], []);

  const running = step.isPending ? step.variables?.kind : undefined;
  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to="/sitreps" size="sm">
        {t("sitrepWeb.editor.back")}
      </Anchor>
      {editor.offer && editable ? (
        <RestoreOffer draft={editor.offer} onRestore={editor.restoreDraft} onDiscard={editor.discardDraft} />
      ) : null}
      {editor.mergeNote ? <MergeNote merged={editor.mergeNote} onDismiss={editor.dismissMergeNote} /> : null}
      <SitrepHeader
        document={detail.document}
        title={title}
        status={detail.status}
        version={detail.currentVersion}
        onText={onText}
      />
      {detail.status === "published" ? (
        <Alert color="green" variant="light" role="status">
          {t("sitrepWeb.publish.readOnly")}
        </Alert>
      ) : null}
      <SitrepActions
        editable={editable}
        dirty={dirty}
        busy={running === "refresh" || running === "publish" ? running : null}
        onRefresh={() => run("refresh")}
        onPublish={() => run("publish")}
        onVersions={versions.open}
      />
      <DownloadLinks reportId={detail.id} unsaved={dirty} />
      {conflict ? (
        <ConflictNotice onTakeNewer={() => void takeNewer()} loading={takingNewer} />
      ) : (
        <ErrorAlert error={step.error} />
      )}
      <ErrorAlert error={loadError} />
      {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
      <DocumentBody document={detail.document} texts={texts} onText={onText} />
      {editable ? (
        <SaveBar
          dirty={dirty}
          note={note}
          onNote={setNote}
          onSave={save}
          saving={running === "save"}
          blocked={blocked}
          saved={savedVersion}
        />
      ) : null}
      <VersionsDrawer opened={versionsOpened} onClose={versions.close} detail={detail} shown={detail.currentVersion} />
    </Stack>
  );
}
