import { Button, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router-dom";
import { useSession } from "../api/session.js";
import { ErrorAlert } from "./ErrorAlert.js";
import { FullPageLoader } from "./FullPageLoader.js";
import { PublicLayout } from "./PublicLayout.js";

/**
 * The route guard: sends the person to whichever sign-in step is still open, keeping where they wanted to go.
 * The server enforces the same rules; this only spares a round of error pages.
 */
export function RequireSession() {
  const { t } = useTranslation();
  const { data: session, isPending, error, refetch } = useSession();
  const location = useLocation();

  if (isPending) return <FullPageLoader />;
  if (error) {
    return (
      <PublicLayout>
        <Stack>
          <ErrorAlert error={error} />
          <Button onClick={() => void refetch()}>{t("common.tryAgain")}</Button>
        </Stack>
      </PublicLayout>
    );
  }

  const next = encodeURIComponent(`${location.pathname}${location.search}`);
  if (!session) return <Navigate to={`/sign-in?next=${next}`} replace />;
  if (session.mfaState === "pending") return <Navigate to={`/sign-in/code?next=${next}`} replace />;
  if (session.mfaState === "enrol_required" && location.pathname !== "/account/mfa") {
    return <Navigate to="/account/mfa" replace />;
  }
  if (session.mfaState === "complete" && session.user.mustChangePassword && location.pathname !== "/account/password") {
    return <Navigate to="/account/password" replace />;
  }
  return <Outlet />;
}
