import { Alert, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FormError } from "../cases/FormError.js";
import { isConflict } from "./referral-api.js";

/**
 * What went wrong with a write to a referral. A 409 means the other organisation (or a colleague) changed it
 * meanwhile: the page has already been refreshed, so this only says so and asks to look again.
 */
export function WriteError({ error, titled }: { error: unknown; titled?: boolean }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isConflict(error)) {
    return (
      <Alert color="orange" variant="light" role="alert" title={t("referralsPage.conflict.title")}>
        <Text size="sm">{t("referralsPage.conflict.text")}</Text>
      </Alert>
    );
  }
  return <FormError error={error} titled={titled} />;
}
