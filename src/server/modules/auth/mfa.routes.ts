import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { codeBody, mfaEnrolResponse, recoveryCodesResponse, signInResponse } from "../../../shared/api/auth.js";
import { attemptRateLimit } from "./attempt-limit.js";
import { confirmEnrolment, disableMfa, startEnrolment, verifySecondFactor } from "./mfa.service.js";
import { setSessionCookie } from "./sessions.js";

export const mfaRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const codeRateLimit = attemptRateLimit(app);

  app.post(
    "/api/auth/mfa/enrol",
    {
      config: { access: "sign_in_step", action: "auth.mfa_enrol_start" },
      schema: {
        tags: ["auth"],
        summary: "Start two-step sign-in: a new authenticator secret and QR code",
        response: { 200: mfaEnrolResponse },
      },
    },
    async (request) => request.scoped((db) => startEnrolment(services, db)),
  );

  app.post(
    "/api/auth/mfa/confirm",
    {
      config: { access: "sign_in_step", action: "auth.mfa_enrolled", rateLimit: codeRateLimit },
      schema: {
        tags: ["auth"],
        summary: "Confirm the authenticator with a code; returns recovery codes once",
        body: codeBody,
        response: { 200: recoveryCodesResponse },
      },
    },
    async (request, reply) => {
      const { recoveryCodes, session } = await request.scoped((db) =>
        confirmEnrolment(services, db, request, request.body.code),
      );
      if (!session) return { recoveryCodes };
      setSessionCookie(request, reply, services.config, session.token);
      return { recoveryCodes, csrfToken: session.csrfToken };
    },
  );

  app.post(
    "/api/auth/mfa/verify",
    {
      config: { access: "sign_in_step", action: "auth.mfa_verified", rateLimit: codeRateLimit },
      schema: {
        tags: ["auth"],
        summary: "Second sign-in step: an authenticator code or a recovery code",
        body: codeBody,
        response: { 200: signInResponse },
      },
    },
    async (request, reply) => {
      const session = await request.scoped((db) => verifySecondFactor(services, db, request, request.body.code));
      setSessionCookie(request, reply, services.config, session.token);
      return { mfaState: session.mfaState, csrfToken: session.csrfToken };
    },
  );

  app.post(
    "/api/auth/mfa/disable",
    {
      config: { access: "signed_in", action: "auth.mfa_disabled", rateLimit: codeRateLimit },
      schema: {
        tags: ["auth"],
        summary: "Turn two-step sign-in off (not where the organisation requires it)",
        body: codeBody,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      await request.scoped((db) => disableMfa(services, db, request.body.code));
      return { ok: true as const };
    },
  );
};
