import type { ComponentType } from "react";
import { Route } from "react-router-dom";
import type { Permission } from "../shared/access/permissions.js";
import { RequirePermission } from "./components/RequirePermission.js";
import { AssistanceTypesPage } from "./pages/admin-assistance/AssistanceTypesPage.js";
import { AuditPage } from "./pages/audit/AuditPage.js";
import { ApprovalQueuePage } from "./pages/cases/ApprovalQueuePage.js";
import { CaseListPage } from "./pages/cases/CaseListPage.js";
import { CasePage } from "./pages/cases/CasePage.js";
import { IntakePage } from "./pages/cases/IntakePage.js";
import { DirectoryPage } from "./pages/directory/DirectoryPage.js";
import { ProviderEditPage } from "./pages/directory/edit/ProviderEditPage.js";
import { ServiceEditPage } from "./pages/directory/edit/ServiceEditPage.js";
import { ProviderPage } from "./pages/directory/ProviderPage.js";
import { ServicePage } from "./pages/directory/service/ServicePage.js";
import { FormLibraryPage } from "./pages/forms/FormLibraryPage.js";
import { ContactPage } from "./pages/hotline/ContactPage.js";
import { HotlinePage } from "./pages/hotline/HotlinePage.js";
import { HotlineFiguresPage } from "./pages/hotline-figures/HotlineFiguresPage.js";
import { ArticleEditorPage } from "./pages/knowledge/ArticleEditorPage.js";
import { ArticlePage } from "./pages/knowledge/ArticlePage.js";
import { KnowledgeBasePage } from "./pages/knowledge/KnowledgeBasePage.js";
import { OrganisationCreatePage } from "./pages/organisations/OrganisationCreatePage.js";
import { OrganisationEditPage } from "./pages/organisations/OrganisationEditPage.js";
import { OrganisationsPage } from "./pages/organisations/OrganisationsPage.js";
import { ReferralFiguresPage } from "./pages/referral-figures/ReferralFiguresPage.js";
import { IncomingListPage } from "./pages/referrals/IncomingListPage.js";
import { IncomingReferralPage } from "./pages/referrals/IncomingReferralPage.js";
import { OutgoingListPage } from "./pages/referrals/OutgoingListPage.js";
import { OutgoingReferralPage } from "./pages/referrals/OutgoingReferralPage.js";
import { FiguresPage } from "./pages/screening/figures/FiguresPage.js";
import { FillPage } from "./pages/screening/fill/FillPage.js";
import { ScreeningPage } from "./pages/screening/result/ScreeningPage.js";
import { ScreeningListPage } from "./pages/screening/ScreeningListPage.js";
import { SitrepEditorPage } from "./pages/sitreps/SitrepEditorPage.js";
import { SitrepListPage } from "./pages/sitreps/SitrepListPage.js";
import { TasksPage } from "./pages/tasks/TasksPage.js";
import { UsersPage } from "./pages/users/UsersPage.js";

/** Pages behind a permission: path, the permissions that open it (any one), the page. */
const GUARDED: readonly (readonly [path: string, anyOf: Permission[], page: ComponentType])[] = [
  ["admin/organisations", ["deployment.manage", "organisation.manage"], OrganisationsPage],
  ["admin/organisations/new", ["deployment.manage"], OrganisationCreatePage],
  ["admin/organisations/:id", ["deployment.manage", "organisation.manage"], OrganisationEditPage],
  ["admin/users", ["user.read", "user.manage"], UsersPage],
  ["admin/assistance-types", ["vocabulary.manage"], AssistanceTypesPage],
  ["audit", ["audit.read"], AuditPage],
  ["cases", ["case.read"], CaseListPage],
  ["cases/new", ["case.write"], IntakePage],
  ["cases/approvals", ["case.approve"], ApprovalQueuePage],
  ["cases/:id", ["case.read"], CasePage],
  ["tasks", ["case.read"], TasksPage],
  ["referrals", ["referral.read"], OutgoingListPage],
  ["referrals/incoming", ["referral.receive"], IncomingListPage],
  ["referrals/incoming/:id", ["referral.receive"], IncomingReferralPage],
  ["referrals/figures", ["aggregates.read"], ReferralFiguresPage],
  ["referrals/:id", ["referral.read"], OutgoingReferralPage],
  ["screenings", ["screening.read"], ScreeningListPage],
  ["screenings/new/:formId", ["screening.write"], FillPage],
  ["hotline/figures", ["aggregates.read"], HotlineFiguresPage],
  ["screenings/figures", ["aggregates.read"], FiguresPage],
  ["screenings/:id", ["screening.read"], ScreeningPage],
  ["hotline", ["hotline.read"], HotlinePage],
  ["hotline/contacts/:id", ["hotline.write"], ContactPage],
  ["forms", ["form.read"], FormLibraryPage],
  ["knowledge", ["knowledge.read"], KnowledgeBasePage],
  ["knowledge/new", ["knowledge.manage"], ArticleEditorPage],
  ["knowledge/:id", ["knowledge.read"], ArticlePage],
  ["knowledge/:id/edit", ["knowledge.manage"], ArticleEditorPage],
  ["directory", ["directory.read"], DirectoryPage],
  ["directory/providers/new", ["directory.manage"], ProviderEditPage],
  ["directory/providers/:id", ["directory.read"], ProviderPage],
  ["directory/providers/:id/edit", ["directory.manage"], ProviderEditPage],
  ["directory/services/new", ["directory.manage"], ServiceEditPage],
  ["directory/services/:id", ["directory.read"], ServicePage],
  ["directory/services/:id/edit", ["directory.manage"], ServiceEditPage],
  ["sitreps", ["report.read"], SitrepListPage],
  ["sitreps/:id", ["report.read"], SitrepEditorPage],
];

/**
 * The routes of GUARDED, each page wrapped in its permission check. Called as a function inside
 * <Routes> (not rendered as a component), because the router reads its routes from the elements it is
 * given.
 */
export function guardedRoutes() {
  return GUARDED.map(([path, anyOf, Page]) => (
    <Route
      key={path}
      path={path}
      element={
        <RequirePermission anyOf={anyOf}>
          <Page />
        </RequirePermission>
      }
    />
  ));
}
