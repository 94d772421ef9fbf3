import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ConfirmAction } from "../../components/ConfirmAction.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useSignOut } from "../../components/useSignOut.js";

export function SignOutEverywhereSection() {
  const { t } = useTranslation();
  const signOut = useSignOut(true);
  return (
    <Stack maw={560} align="flex-start">
      <Text size="sm">{t("account.everywhereText")}</Text>
      <ErrorAlert error={signOut.error} />
      <ConfirmAction
        label={t("account.everywhereButton")}
        title={t("account.everywhereTitle")}
        message={t("account.everywhereConfirm")}
        color="red"
        variant="outline"
        loading={signOut.isPending}
        onConfirm={() => signOut.mutate()}
      />
    </Stack>
  );
}
