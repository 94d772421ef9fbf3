import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../testing/databases.js";
import {
  createDemoApp,
  createTestUser,
  errorOf,
  send,
  signInOrThrow,
  type TestSession,
} from "../../../testing/http.js";
import { directoryEntry } from "../referrals.fixture.js";
import { newAgeKeyPair } from "./age-files.js";
import { download, makePackage, sentReferral } from "./packages.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

describe.each(testDatabaseKinds())("referral packages: the sender's side (%s)", (kind) => {
  let ctx: Ctx;
  let caseworker: TestSession;
  let stranger: TestSession;
  let outsideService: string;
  let memberService: string;
  let recipient: string;

  const packageCount = async () =>
    Number(
      (
        await ctx.testApp.services.database.db
          .selectFrom("referral_packages")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const forKey = { method: "public_key", language: "en" } as const;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    const main = ctx.demo.mainOrganisationId;
    const partnerOrgId = ctx.demo.organisationIds[ctx.demo.accountOf("partner_caseworker").organisation] as string;
    ({ serviceId: outsideService } = await directoryEntry(ctx.testApp, {
      keeper: main,
      member: null,
      name: "Outside",
    }));
    ({ serviceId: memberService } = await directoryEntry(ctx.testApp, {
      keeper: partnerOrgId,
      member: partnerOrgId,
      name: "Member Shelter",
    }));
    const other = await createTestUser(ctx.testApp, { organisationId: partnerOrgId, roles: ["caseworker"] });
    stranger = await signInOrThrow(ctx.app, other);
    ({ recipient } = await newAgeKeyPair());
  });
  afterAll(() => ctx.testApp.close());

  it("packages only a sent, open referral to a provider outside the deployment: 409 otherwise, nothing stored", async () => {
    const before = await packageCount();
    const inside = await sentReferral(ctx.app, caseworker, memberService);
    const draft = await sentReferral(ctx.app, caseworker, outsideService, { send: false });
    const withdrawn = await sentReferral(ctx.app, caseworker, outsideService);
    const out = await send(ctx.app, {
      method: "POST",
      url: `/api/referrals/${withdrawn.id}/withdraw`,
      session: caseworker,
      payload: { version: 1 },
    });
    expect(out.statusCode, out.body).toBe(200);
    for (const referral of [inside, draft, withdrawn]) {
      const response = await makePackage(ctx.app, caseworker, referral.id, { ...forKey, recipient });
      expect([response.statusCode, errorOf(response).code]).toEqual([409, "conflict"]);
    }
    expect(await packageCount()).toBe(before);
  });

  it("names the field of bad input", async () => {
    const referral = await sentReferral(ctx.app, caseworker, outsideService);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ method: "password", password: "eleven char", language: "en" }, "body.password", "too_small"],
      [{ method: "password", language: "en" }, "body.password", "required"],
      [
        { method: "password", password: "long enough password", recipient, language: "en" },
        "body.recipient",
        "package_method_mismatch",
      ],
      [{ ...forKey }, "body.recipient", "required"],
      [{ ...forKey, recipient: "age1notakey" }, "body.recipient", "package_recipient_invalid"],
      [{ ...forKey, recipient: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5" }, "body.recipient", "package_recipient_invalid"],
      [{ ...forKey, recipient, expiresInDays: 31 }, "body.expiresInDays", "too_big"],
      [{ ...forKey, recipient, expiresInDays: 0 }, "body.expiresInDays", "too_small"],
      [{ ...forKey, recipient, language: "de" }, "body.language", "unknown_value"],
    ];
    for (const [payload, field, problem] of cases) {
      const response = await makePackage(ctx.app, caseworker, referral.id, payload);
      const found = errorOf(response).fields?.[0];
      expect([response.statusCode, found?.field, found?.problem]).toEqual([400, field, problem]);
    }
  });

  it("lists each package with what became of it, and records delivery once", async () => {
    const referral = await sentReferral(ctx.app, caseworker, outsideService);
    const first = (await makePackage(ctx.app, caseworker, referral.id, { ...forKey, recipient })).json();
    const second = (
      await makePackage(ctx.app, caseworker, referral.id, { ...forKey, recipient, language: "ro" })
    ).json();
    expect((await download(ctx.app, first.downloadPath)).statusCode).toBe(200);
    expect((await download(ctx.app, first.downloadPath)).statusCode).toBe(410);
    const url = `/api/referrals/${referral.id}/packages`;
    const list = await send(ctx.app, { method: "GET", url, session: caseworker });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toMatchObject([
      {
        id: second.packageId,
        language: "ro",
        state: "waiting",
        downloadedAt: null,
        refusedAttempts: 0,
        deliveredAt: null,
      },
      {
        id: first.packageId,
        method: "public_key",
        state: "downloaded",
        refusedAttempts: 1,
        createdBy: expect.any(String),
      },
    ]);
    expect(list.json().items[1].lastRefusedAt).not.toBeNull();

    const mark = (packageId: string) =>
      send(ctx.app, { method: "POST", url: `${url}/delivered`, session: caseworker, payload: { packageId } });
    const delivered = await mark(first.packageId);
    expect(delivered.statusCode, delivered.body).toBe(200);
    expect(delivered.json().items[1].deliveredAt).not.toBeNull();
    expect((await mark(first.packageId)).statusCode).toBe(409);
    expect((await mark(crypto.randomUUID())).statusCode).toBe(404);
    const story = (
      await send(ctx.app, { method: "GET", url: `/api/referrals/${referral.id}`, session: caseworker })
    ).json();
    expect(story.events.map((e: { action: string }) => e.action)).toEqual([
      "create",
      "send",
      "package",
      "package",
      "package_download",
      "package_delivered",
    ]);
  });

  it("gives the file to exactly one of two simultaneous downloads", async () => {
    const referral = await sentReferral(ctx.app, caseworker, outsideService);
    const made = (await makePackage(ctx.app, caseworker, referral.id, { ...forKey, recipient })).json();
    const both = await Promise.all([download(ctx.app, made.downloadPath), download(ctx.app, made.downloadPath)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 410]);
  });

  it("limits link attempts per address like sign-in, so that tokens cannot be guessed in bulk", async () => {
    const remoteAddress = "192.0.2.77";
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      const guess = `/api/referral-packages/${Buffer.alloc(32, attempt).toString("base64url")}`;
      statuses.push((await send(ctx.app, { method: "GET", url: guess, remoteAddress })).statusCode);
    }
    expect(statuses).toEqual([...Array(10).fill(404), 429]);
  });

  it("shows another organisation none of it: 404", async () => {
    const referral = await sentReferral(ctx.app, caseworker, outsideService);
    const made = (await makePackage(ctx.app, caseworker, referral.id, { ...forKey, recipient })).json();
    const url = `/api/referrals/${referral.id}/packages`;
    const attempts = [
      makePackage(ctx.app, stranger, referral.id, { ...forKey, recipient }),
      send(ctx.app, { method: "GET", url, session: stranger }),
      send(ctx.app, {
        method: "POST",
        url: `${url}/delivered`,
        session: stranger,
        payload: { packageId: made.packageId },
      }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.statusCode).toBe(404);
    const list = (await send(ctx.app, { method: "GET", url, session: caseworker })).json();
    expect(list.items).toMatchObject([{ id: made.packageId, deliveredAt: null }]);
  });

  it("keeps one receiving key per organisation", async () => {
    const key = () => send(ctx.app, { method: "GET", url: "/api/organisations/package-key", session: caseworker });
    const [one, two] = await Promise.all([key(), key()]);
    expect(one.json().publicKey).toBe(two.json().publicKey);
    const theirs = await send(ctx.app, { method: "GET", url: "/api/organisations/package-key", session: stranger });
    expect(theirs.json().publicKey).not.toBe(one.json().publicKey);
    const stored = await ctx.testApp.services.database.db
      .selectFrom("package_keys")
      .select(["public_key", "sealed_private_key"])
      .where("organisation_id", "=", ctx.demo.mainOrganisationId)
      .executeTakeFirstOrThrow();
    expect(stored.public_key).toBe(one.json().publicKey);
    expect(stored.sealed_private_key).toMatch(/^sp1\.\d+\./);
    expect(stored.sealed_private_key).not.toContain("AGE-SECRET-KEY");
  });
});
