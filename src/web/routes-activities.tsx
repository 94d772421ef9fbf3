import { Route } from "react-router-dom";
import { RequirePermission } from "./components/RequirePermission.js";
import { ActivityEditPage } from "./pages/activities/ActivityEditPage.js";
import { ActivityListPage } from "./pages/activities/ActivityListPage.js";
import { ActivityPage } from "./pages/activities/ActivityPage.js";
import { OfficesPage } from "./pages/offices/OfficesPage.js";
import { ReportingPeriodsPage } from "./pages/reporting-periods/ReportingPeriodsPage.js";

/**
 * Activities, reporting periods and offices. Called as a function inside <Routes> (not rendered as a
 * component), because the router reads its routes from the elements it is given.
 */
export function activityRoutes() {
  return (
    <>
      <Route
        path="activities"
        element={
          <RequirePermission anyOf={["activity.read"]}>
            <ActivityListPage />
          </RequirePermission>
        }
      />
      <Route
        path="activities/new"
        element={
          <RequirePermission anyOf={["activity.write"]}>
            <ActivityEditPage />
          </RequirePermission>
        }
      />
      <Route
        path="activities/:id"
        element={
          <RequirePermission anyOf={["activity.read"]}>
            <ActivityPage />
          </RequirePermission>
        }
      />
      <Route
        path="activities/:id/edit"
        element={
          <RequirePermission anyOf={["activity.write"]}>
            <ActivityEditPage />
          </RequirePermission>
        }
      />
      <Route
        path="reporting-periods"
        element={
          <RequirePermission anyOf={["activity.read"]}>
            <ReportingPeriodsPage />
          </RequirePermission>
        }
      />
      <Route
        path="offices"
        element={
          <RequirePermission anyOf={["organisation.manage"]}>
            <OfficesPage />
          </RequirePermission>
        }
      />
    </>
  );
}
