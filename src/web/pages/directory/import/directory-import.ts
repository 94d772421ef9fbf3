import type { DirectoryImportReport } from "../../../../shared/api/directory.js";
import { postImportFile, type RequestContext } from "../../../api/file-transfer.js";
import { DIRECTORY_PATH } from "../directory-api.js";

/**
 * Sends a directory spreadsheet (CSV or XLSX). A dry run reads and checks the whole file and writes nothing;
 * a refused import throws an ImportRefused with the report of every bad row.
 */
export async function importDirectory(
  file: File,
  dryRun: boolean,
  context: RequestContext,
): Promise<DirectoryImportReport> {
  const form = new FormData();
  // Before the file: a streaming reader knows whether to write before it reads the rows.
  form.append("dryRun", String(dryRun));
  form.append("file", file, file.name);
  return postImportFile<DirectoryImportReport>(`${DIRECTORY_PATH}/import`, form, context);
}
