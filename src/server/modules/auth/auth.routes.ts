import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  changePasswordBody,
  sessionResponse,
  signInBody,
  signInResponse,
  updateMeBody,
} from "../../../shared/api/auth.js";
import { changePassword, currentSession, signOut, updateMe } from "./account.service.js";
import { attemptRateLimit } from "./attempt-limit.js";
import { clearSessionCookie, setSessionCookie } from "./sessions.js";
import { signIn } from "./sign-in.service.js";

const ok = z.object({ ok: z.literal(true) });

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app.services;

  app.post(
    "/api/auth/sign-in",
    {
      config: {
        access: "public",
        action: "auth.sign_in",
        rateLimit: attemptRateLimit(app),
      },
      schema: {
        tags: ["auth"],
        summary: "Sign in with e-mail and password",
        body: signInBody,
        response: { 200: signInResponse },
      },
    },
    async (request, reply) => {
      const session = await signIn(app.services, request, request.body.email, request.body.password);
      setSessionCookie(request, reply, config, session.token);
      return { mfaState: session.mfaState, csrfToken: session.csrfToken };
    },
  );

  app.get(
    "/api/auth/session",
    {
      config: { access: "sign_in_step", action: "auth.session" },
      schema: {
        tags: ["auth"],
        summary: "The signed-in user, their permissions and the sign-in step",
        response: { 200: sessionResponse },
      },
    },
    async (request) => request.scoped((db) => currentSession(db)),
  );

  app.post(
    "/api/auth/sign-out",
    {
      config: { access: "sign_in_step", action: "auth.sign_out" },
      schema: { tags: ["auth"], summary: "End this session", response: { 200: ok } },
    },
    async (request, reply) => {
      await request.scoped((db) => signOut(db, { everywhere: false }));
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.post(
    "/api/auth/sign-out-everywhere",
    {
      config: { access: "signed_in", action: "auth.sign_out_everywhere" },
      schema: {
        tags: ["auth"],
        summary: "End every session of this user (API tokens stay valid)",
        response: { 200: ok },
      },
    },
    async (request, reply) => {
      await request.scoped((db) => signOut(db, { everywhere: true }));
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.post(
    "/api/auth/password",
    {
      config: {
        access: "signed_in",
        allowsTemporaryPassword: true,
        action: "auth.change_password",
        rateLimit: attemptRateLimit(app),
      },
      schema: {
        tags: ["auth"],
        summary: "Change own password; other sessions end",
        body: changePasswordBody,
        response: { 200: ok },
      },
    },
    async (request) => {
      await request.scoped((db) => changePassword(db, request.body.currentPassword, request.body.newPassword));
      return { ok: true as const };
    },
  );

  app.patch(
    "/api/me",
    {
      config: { access: "signed_in", allowsTemporaryPassword: true, action: "account.update" },
      schema: {
        tags: ["auth"],
        summary: "Change own display name or language",
        body: updateMeBody,
        response: { 200: ok },
      },
    },
    async (request) => {
      await request.scoped((db) => updateMe(db, request.body));
      return { ok: true as const };
    },
  );
};
