import { type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { type RequestContext, refusedReport } from "../api/file-transfer.js";
import { useSession } from "../api/session.js";
import { currentLanguage } from "../i18n.js";

/** Sends the chosen file, as a check (dryRun) or for real. */
export type SendImport<Report> = (file: File, dryRun: boolean, context: RequestContext) => Promise<Report>;

/**
 * The two steps of a spreadsheet import dialog: a check that writes nothing, then the import itself, which
 * refreshes the lists under `refreshKey`. Choosing another file forgets both answers, so an import is only
 * ever offered for the file that was checked.
 */
export function useFileImport<Report>(send: SendImport<Report>, refreshKey: QueryKey, onReset?: () => void) {
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const run = (dryRun: boolean) => {
    if (!file) throw new Error("no file chosen");
    return send(file, dryRun, { csrfToken: session?.csrfToken ?? "", language: currentLanguage() });
  };
  const check = useMutation({ mutationFn: () => run(true) });
  const save = useMutation({
    mutationFn: () => run(false),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: refreshKey }),
  });
  const reset = () => {
    check.reset();
    save.reset();
    onReset?.();
  };
  const choose = (next: File | null) => {
    setFile(next);
    reset();
  };
  /** The report of a refused check or import, when the server sent one with its refusal. */
  const checkRefused = refusedReport<Report>(check.error);
  const refused = refusedReport<Report>(save.error);
  /** The latest report: the import's, else the check's. */
  const report: Report | undefined = save.data ?? refused ?? check.data ?? checkRefused;
  return { file, choose, check, save, checkRefused, refused, report, forget: () => choose(null) };
}
