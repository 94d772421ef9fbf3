import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { LawEnforcementReport, LawEnforcementReportInput } from "../../../../shared/api/law-enforcement.js";
import type { Language } from "../../../../shared/i18n/languages.js";
import { api } from "../../../api/client.js";
import type { Items } from "../../../api/types.js";
import { CASES_KEY, casePartKey, casePath } from "../case-api.js";

const PART = "law-enforcement-reports";

export function useReports(caseId: string) {
  return useQuery({
    queryKey: casePartKey(caseId, PART),
    queryFn: ({ signal }) => api.get<Items<LawEnforcementReport>>(`${casePath(caseId)}/${PART}`, undefined, signal),
  });
}

/** Records a report; the case's lists and history are fetched again, since recording one is a step of its story. */
export function useRecordReport(caseId: string, onDone: (report: LawEnforcementReport) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LawEnforcementReportInput) =>
      api.post<LawEnforcementReport>(`${casePath(caseId)}/${PART}`, body),
    onSuccess: async (report) => {
      await queryClient.invalidateQueries({ queryKey: CASES_KEY });
      onDone(report);
    },
  });
}

/** The printed report: a plain link, so the browser downloads the PDF the server streams with the session cookie. */
export function printHref(reportId: string, language: Language): string {
  return `/api/law-enforcement-reports/${encodeURIComponent(reportId)}/print?language=${language}`;
}
