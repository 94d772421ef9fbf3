import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { deliveredInput, packageCreated, packageInput, packageList } from "../../../../shared/api/referral-packages.js";
import { AppError } from "../../../access/errors.js";
import { requestInfo } from "../../../access/guard.js";
import { attemptRateLimit } from "../../auth/attempt-limit.js";
import { createPackage, DOWNLOAD_PATH, listPackages, markDelivered } from "./package-create.service.js";
import { downloadPackage } from "./package-download.service.js";

const idParams = z.object({ id: z.uuid() });
const TAGS = ["referrals"];

/**
 * Packages of a referral to a provider outside the deployment: made and followed by the sender, fetched once
 * by the recipient through a link that needs no account.
 */
export const referralPackageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.post(
    "/api/referrals/:id/packages",
    {
      config: { access: "referral.write", action: "referral.package.create" },
      schema: {
        tags: TAGS,
        summary:
          "Make a package of a sent referral to a provider outside the deployment: the referral as a PDF in the recipient's language and as HTCDS JSON, encrypted (age) with a password of at least 12 characters or for the recipient's public key (age1…), behind a one-time link that expires after 1–30 days (7 by default). The link is in this answer only. 409 when the referral is addressed inside the deployment or no longer open",
        params: idParams,
        body: packageInput,
        response: { 201: packageCreated },
      },
    },
    async (request, reply) => {
      const created = await request.scoped((db) => createPackage(db, services, request.params.id, request.body));
      return reply.status(201).send(created);
    },
  );

  app.get(
    "/api/referrals/:id/packages",
    {
      config: { access: "referral.write", action: "referral.package.list" },
      schema: {
        tags: TAGS,
        summary:
          "The referral's packages, newest first: when each was made, when it expires, when it was downloaded, refused attempts and delivery",
        params: idParams,
        response: { 200: packageList },
      },
    },
    async (request) => request.scoped(async (db) => ({ items: await listPackages(db, request.params.id) })),
  );

  app.post(
    "/api/referrals/:id/packages/delivered",
    {
      config: { access: "referral.write", action: "referral.package.delivered" },
      schema: {
        tags: TAGS,
        summary:
          "Record that the provider has the package (as the sender learnt by phone or e-mail); once per package, a second time answers 409",
        params: idParams,
        body: deliveredInput,
        response: { 200: packageList },
      },
    },
    async (request) =>
      request.scoped(async (db) => {
        await markDelivered(db, request.params.id, request.body.packageId);
        return { items: await listPackages(db, request.params.id) };
      }),
  );

  app.get(
    `${DOWNLOAD_PATH}:token`,
    {
      config: { access: "public", action: "referral.package.download", rateLimit: attemptRateLimit(app) },
      // The token opens the package: the request line is logged without it.
      logSerializers: { req: (request) => ({ method: request.method, url: `${DOWNLOAD_PATH}:token` }) },
      schema: {
        tags: TAGS,
        summary:
          "Download a referral package (no account needed): the encrypted file, once. A second download or one after expiry answers 410 and is recorded; an unknown link 404. Open it with any age tool (age -d) or import it into Safepath",
        params: z.object({ token: z.string().max(200) }),
      },
    },
    async (request, reply) => {
      const download = await downloadPackage(services, requestInfo(request), request.params.token);
      if (download.kind === "gone") throw new AppError("gone");
      return reply
        .header("content-type", "application/octet-stream")
        .header("content-disposition", `attachment; filename="${download.fileName}"`)
        .header("cache-control", "no-store")
        .header("x-content-type-options", "nosniff")
        .send(download.content);
    },
  );
};
