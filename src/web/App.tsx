import { MantineProvider } from "@mantine/core";
import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { BrowserRouter, Route, Routes } from "react-router-dom";
import { createQueryClient } from "./api/query-client.js";
import { AppLayout } from "./components/AppLayout.js";
import { RequireSession } from "./components/RequireSession.js";
import { SessionLanguage } from "./components/SessionLanguage.js";
import { AboutPage } from "./pages/about/AboutPage.js";
import { AccountPage } from "./pages/account/AccountPage.js";
import { ChangePasswordPage } from "./pages/account/ChangePasswordPage.js";
import { MfaEnrolPage } from "./pages/account/MfaEnrolPage.js";
import { HomePage } from "./pages/home/HomePage.js";
import { NotFoundPage } from "./pages/NotFoundPage.js";
import { MfaCodePage } from "./pages/sign-in/MfaCodePage.js";
import { SignInPage } from "./pages/sign-in/SignInPage.js";
import { activityRoutes } from "./routes-activities.js";
import { guardedRoutes } from "./routes-guarded.js";
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
                <Route path="about" element={<AboutPage />} />
                {guardedRoutes()}
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
