import { Button, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReferralDetail } from "../../../../shared/api/referrals.js";
import { OPEN_STATUSES } from "../../../../shared/referrals/status.js";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import { MakePackageDialog } from "./MakePackageDialog.js";
import { PackageList } from "./PackageList.js";
import { usePackages } from "./package-api.js";

/**
 * For a referral to a provider outside Safepath: the packages made of it, and a new one while it is open.
 * The caller shows this only to people who may write referrals, the permission the package routes ask for.
 */
export function PackagesSection({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const [making, setMaking] = useState(false);
  const packages = usePackages(referral.id);
  const open = OPEN_STATUSES.includes(referral.status);
  return (
    <Stack gap="sm" component="section" aria-labelledby="referral-packages">
      <Title order={2} size="h3" id="referral-packages">
        {t("packagesPage.section.title")}
      </Title>
      <Text size="sm">{t(open ? "packagesPage.section.intro" : "packagesPage.section.closed")}</Text>
      {open ? (
        <Group>
          <Button onClick={() => setMaking(true)}>{t("packagesPage.section.make")}</Button>
        </Group>
      ) : null}
      <ErrorAlert error={packages.error} />
      {packages.isPending ? <Loader size="sm" aria-label={t("app.loading")} /> : null}
      {packages.data ? <PackageList items={packages.data} referralId={referral.id} /> : null}
      <MakePackageDialog referralId={referral.id} opened={making} onClose={() => setMaking(false)} />
    </Stack>
  );
}
