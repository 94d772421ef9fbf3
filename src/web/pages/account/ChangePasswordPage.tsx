import { Alert, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { useSession } from "../../api/session.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { PasswordForm } from "./PasswordForm.js";

/** Where a person lands after signing in with a temporary password; also reachable from the account page. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t("account.changePassword"));
  const navigate = useNavigate();
  const { data: session } = useSession();
  const forced = session?.user.mustChangePassword ?? false;
  return (
    <Stack maw={560}>
      <Title order={1}>{forced ? t("account.mustChangeTitle") : t("account.changePassword")}</Title>
      {forced ? (
        <Alert color="blue" variant="light">
          {t("account.mustChangeText")}
        </Alert>
      ) : null}
      <PasswordForm onChanged={() => void navigate("/", { replace: true })} />
    </Stack>
  );
}
