import { useQuery } from "@tanstack/react-query";
import type { PackageInput, PackageSummary } from "../../../../shared/api/referral-packages.js";
import type { IncomingDetail } from "../../../../shared/api/referrals.js";
import { api } from "../../../api/client.js";
import { formWithFile, postForm } from "../../../api/file-transfer.js";
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

/** Sends a package file, and its password when it was sealed with one. */
export function importPackage(
  file: File,
  password: string,
  csrfToken: string,
  language: string,
): Promise<IncomingDetail> {
  // An empty password is left out of the form: the server then opens the package with the organisation's own key.
  return postForm<IncomingDetail>(`${INCOMING_PATH}/import`, formWithFile(file, { password }), { csrfToken, language });
}
