import { useQuery } from "@tanstack/react-query";
import type { PackageInput, PackageSummary } from "../../../../shared/api/referral-packages.js";
import type { IncomingDetail } from "../../../../shared/api/referrals.js";
import { ApiError, api, type FieldProblem } from "../../../api/client.js";
import { INCOMING_PATH, outgoingPath, REFERRALS_KEY, useReferralWrite } from "../referral-api.js";

export interface PackageCreated {
  packageId: string;
  downloadPath: string;
  expiresAt: string;
}

interface PackageKey {
  publicKey: string;
  organisationName: string;
}

const packagesPath = (referralId: string) => `${outgoingPath(referralId)}/packages`;

/** Under the referrals key: every write to the referral (a package made, a delivery) fetches the list again. */
export function usePackages(referralId: string) {
  return useQuery({
    queryKey: [...REFERRALS_KEY, "packages", referralId],
    queryFn: ({ signal }) =>
      api.get<{ items: PackageSummary[] }>(packagesPath(referralId), undefined, signal).then((list) => list.items),
  });
}

/** Making a package is a step of the referral's story: the referral is fetched again with the list. */
export function useMakePackage(referralId: string, onMade: (created: PackageCreated) => void) {
  return useReferralWrite((body: PackageInput) => api.post<PackageCreated>(packagesPath(referralId), body), onMade);
}

export function useMarkDelivered(referralId: string) {
  return useReferralWrite((packageId: string) => api.post(`${packagesPath(referralId)}/delivered`, { packageId }));
}

/** The link the recipient opens: this server's address followed by the path the server answered with. */
export function downloadLink(downloadPath: string): string {
  return `${window.location.origin}${downloadPath}`;
}

/** The key is made on first use: asked for only when someone opens the panel. */
export function usePackageKey(enabled: boolean) {
  return useQuery({
    queryKey: ["organisation", "package-key"],
    queryFn: ({ signal }) => api.get<PackageKey>("/api/organisations/package-key", undefined, signal),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: FieldProblem[]; requestId?: string };
}

/**
 * Sends a package file (and its password, when it was sealed with one) as multipart/form-data: the shared JSON
 * client cannot send a file, so this does what it does for every other change (the session cookie, the CSRF
 * token, the interface language).
 */
export async function importPackage(
  file: File,
  password: string,
  csrfToken: string,
  language: string,
): Promise<IncomingDetail> {
  const form = new FormData();
  // No password: the server opens the package with the organisation's own key.
  if (password !== "") form.append("password", password);
  form.append("file", file, file.name);
  let response: Response;
  try {
    response = await fetch(`${INCOMING_PATH}/import`, {
      method: "POST",
      credentials: "same-origin",
      headers: { Accept: "application/json", "Accept-Language": language, "X-CSRF-Token": csrfToken },
      body: form,
    });
  } catch {
    throw new ApiError(0, "network", "");
  }
  if (response.ok) return (await response.json()) as IncomingDetail;
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not our JSON (a proxy page, say): a generic error below.
  }
  if (body.error?.code)
    throw new ApiError(
      response.status,
      body.error.code,
      body.error.message ?? "",
      body.error.fields ?? [],
      body.error.requestId,
    );
  throw new ApiError(response.status, response.status >= 500 ? "internal" : "unknown", "");
}
