import { MantineProvider } from "@mantine/core";
import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { BrowserRouter, Route, Routes } from "react-router-dom";
import { createQueryClient } from "./api/query-client.js";
import { AppLayout } from "./components/AppLayout.js";
import { RequirePermission } from "./components/RequirePermission.js";
import { RequireSession } from "./components/RequireSession.js";
import { SessionLanguage } from "./components/SessionLanguage.js";
import { AboutPage } from "./pages/about/AboutPage.js";
import { AccountPage } from "./pages/account/AccountPage.js";
import { ChangePasswordPage } from "./pages/account/ChangePasswordPage.js";
import { MfaEnrolPage } from "./pages/account/MfaEnrolPage.js";
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
import { HomePage } from "./pages/home/HomePage.js";
import { ContactPage } from "./pages/hotline/ContactPage.js";
import { HotlinePage } from "./pages/hotline/HotlinePage.js";
import { HotlineFiguresPage } from "./pages/hotline-figures/HotlineFiguresPage.js";
import { ArticleEditorPage } from "./pages/knowledge/ArticleEditorPage.js";
import { ArticlePage } from "./pages/knowledge/ArticlePage.js";
import { KnowledgeBasePage } from "./pages/knowledge/KnowledgeBasePage.js";
import { NotFoundPage } from "./pages/NotFoundPage.js";
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
import { MfaCodePage } from "./pages/sign-in/MfaCodePage.js";
import { SignInPage } from "./pages/sign-in/SignInPage.js";
import { SitrepEditorPage } from "./pages/sitreps/SitrepEditorPage.js";
import { SitrepListPage } from "./pages/sitreps/SitrepListPage.js";
import { TasksPage } from "./pages/tasks/TasksPage.js";
import { UsersPage } from "./pages/users/UsersPage.js";
import { activityRoutes } from "./routes-activities.js";
import { cssVariablesResolver, theme } from "./theme.js";

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <SessionLanguage />
        <BrowserRouter>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/sign-in/code" element={<MfaCodePage />} />
            <Route element={<RequireSession />}>
              <Route element={<AppLayout />}>
                <Route index element={<HomePage />} />
                <Route path="account" element={<AccountPage />} />
                <Route path="account/mfa" element={<MfaEnrolPage />} />
                <Route path="account/password" element={<ChangePasswordPage />} />
                <Route
                  path="admin/organisations"
                  element={
                    <RequirePermission anyOf={["deployment.manage", "organisation.manage"]}>
                      <OrganisationsPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="admin/organisations/new"
                  element={
                    <RequirePermission anyOf={["deployment.manage"]}>
                      <OrganisationCreatePage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="admin/organisations/:id"
                  element={
                    <RequirePermission anyOf={["deployment.manage", "organisation.manage"]}>
                      <OrganisationEditPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="admin/users"
                  element={
                    <RequirePermission anyOf={["user.read", "user.manage"]}>
                      <UsersPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="admin/assistance-types"
                  element={
                    <RequirePermission anyOf={["vocabulary.manage"]}>
                      <AssistanceTypesPage />
                    </RequirePermission>
                  }
                />
                <Route path="about" element={<AboutPage />} />
                <Route
                  path="audit"
                  element={
                    <RequirePermission anyOf={["audit.read"]}>
                      <AuditPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="cases"
                  element={
                    <RequirePermission anyOf={["case.read"]}>
                      <CaseListPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="cases/new"
                  element={
                    <RequirePermission anyOf={["case.write"]}>
                      <IntakePage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="cases/approvals"
                  element={
                    <RequirePermission anyOf={["case.approve"]}>
                      <ApprovalQueuePage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="cases/:id"
                  element={
                    <RequirePermission anyOf={["case.read"]}>
                      <CasePage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="tasks"
                  element={
                    <RequirePermission anyOf={["case.read"]}>
                      <TasksPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="referrals"
                  element={
                    <RequirePermission anyOf={["referral.read"]}>
                      <OutgoingListPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="referrals/incoming"
                  element={
                    <RequirePermission anyOf={["referral.receive"]}>
                      <IncomingListPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="referrals/incoming/:id"
                  element={
                    <RequirePermission anyOf={["referral.receive"]}>
                      <IncomingReferralPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="referrals/figures"
                  element={
                    <RequirePermission anyOf={["aggregates.read"]}>
                      <ReferralFiguresPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="referrals/:id"
                  element={
                    <RequirePermission anyOf={["referral.read"]}>
                      <OutgoingReferralPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="screenings"
                  element={
                    <RequirePermission anyOf={["screening.read"]}>
                      <ScreeningListPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="screenings/new/:formId"
                  element={
                    <RequirePermission anyOf={["screening.write"]}>
                      <FillPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="hotline/figures"
                  element={
                    <RequirePermission anyOf={["aggregates.read"]}>
                      <HotlineFiguresPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="screenings/figures"
                  element={
                    <RequirePermission anyOf={["aggregates.read"]}>
                      <FiguresPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="screenings/:id"
                  element={
                    <RequirePermission anyOf={["screening.read"]}>
                      <ScreeningPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="hotline"
                  element={
                    <RequirePermission anyOf={["hotline.read"]}>
                      <HotlinePage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="hotline/contacts/:id"
                  element={
                    <RequirePermission anyOf={["hotline.write"]}>
                      <ContactPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="forms"
                  element={
                    <RequirePermission anyOf={["form.read"]}>
                      <FormLibraryPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="knowledge"
                  element={
                    <RequirePermission anyOf={["knowledge.read"]}>
                      <KnowledgeBasePage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="knowledge/new"
                  element={
                    <RequirePermission anyOf={["knowledge.manage"]}>
                      <ArticleEditorPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="knowledge/:id"
                  element={
                    <RequirePermission anyOf={["knowledge.read"]}>
                      <ArticlePage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="knowledge/:id/edit"
                  element={
                    <RequirePermission anyOf={["knowledge.manage"]}>
                      <ArticleEditorPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="directory"
                  element={
                    <RequirePermission anyOf={["directory.read"]}>
                      <DirectoryPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="directory/providers/new"
                  element={
                    <RequirePermission anyOf={["directory.manage"]}>
                      <ProviderEditPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="directory/providers/:id"
                  element={
                    <RequirePermission anyOf={["directory.read"]}>
                      <ProviderPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="directory/providers/:id/edit"
                  element={
                    <RequirePermission anyOf={["directory.manage"]}>
                      <ProviderEditPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="directory/services/new"
                  element={
                    <RequirePermission anyOf={["directory.manage"]}>
                      <ServiceEditPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="directory/services/:id"
                  element={
                    <RequirePermission anyOf={["directory.read"]}>
                      <ServicePage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="directory/services/:id/edit"
                  element={
                    <RequirePermission anyOf={["directory.manage"]}>
                      <ServiceEditPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="sitreps"
                  element={
                    <RequirePermission anyOf={["report.read"]}>
                      <SitrepListPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="sitreps/:id"
                  element={
                    <RequirePermission anyOf={["report.read"]}>
                      <SitrepEditorPage />
                    </RequirePermission>
                  }
                />
                {activityRoutes()}
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
