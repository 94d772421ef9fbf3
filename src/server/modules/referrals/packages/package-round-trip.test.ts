import { createHash, randomBytes } from "node:crypto";
import { Decrypter } from "age-encryption";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageBundle } from "../../../../shared/api/referral-packages.js";
import { rotateDataKeys } from "../../../ops/key-rotation.js";
import { testDatabaseKinds } from "../../../testing/databases.js";
import {
  auditEntriesAfter,
  createDemoApp,
  errorOf,
  lastAuditSeq,
  send,
  type TestSession,
} from "../../../testing/http.js";
import { directoryEntry } from "../referrals.fixture.js";
import { download, importPackage, makePackage, packageRow, SHARED_FIELDS, sentReferral } from "./packages.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

const PASSWORD = "correct horse battery staple";

/**
 * Two deployments that share nothing (each its own database and master key): A refers a person to a provider
 * outside it, B is that provider and runs Safepath too.
 */
describe.each(testDatabaseKinds())("package round trip between two deployments (%s)", (kind) => {
  let a: Ctx;
  let b: Ctx;
  let sender: TestSession;
  let receiver: TestSession;
  let serviceId: string;
  let publicKeyOfB: string;

  const outgoing = (id: string) => send(a.app, { method: "GET", url: `/api/referrals/${id}`, session: sender });

  beforeAll(async () => {
    a = await createDemoApp(kind);
    b = await createDemoApp(kind, { SAFEPATH_MASTER_KEY: randomBytes(32).toString("base64") });
    sender = await a.sessions.of("caseworker");
    receiver = await b.sessions.of("caseworker");
    ({ serviceId } = await directoryEntry(a.testApp, {
      keeper: a.demo.mainOrganisationId,
      member: null,
      name: "Outside Shelter",
    }));
    const key = await send(b.app, { method: "GET", url: "/api/organisations/package-key", session: receiver });
    expect(key.statusCode, key.body).toBe(200);
    publicKeyOfB = key.json().publicKey;
    expect(publicKeyOfB).toMatch(/^age1[a-z0-9]+$/);
  }, 60_000);
  afterAll(async () => {
    await a?.testApp.close();
    await b?.testApp.close();
  });

  it("sends a package for B's public key, downloads it once, and B imports exactly the shared fields", async () => {
    const referral = await sentReferral(a.app, sender, serviceId);
    const seq = await lastAuditSeq(a.testApp);
    const made = await makePackage(a.app, sender, referral.id, {
      method: "public_key",
      recipient: publicKeyOfB,
      language: "uk",
      expiresInDays: 3,
    });
    expect(made.statusCode, made.body).toBe(201);
    const { packageId, downloadPath, expiresAt } = made.json();
    expect(downloadPath).toMatch(/^\/api\/referral-packages\/[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(3 * 86_400_000 - 60_000);
    const token = downloadPath.split("/").at(-1) as string;
    const stored = await packageRow(a.testApp, packageId);
    expect(stored).toMatchObject({
      method: "public_key",
      recipient: publicKeyOfB,
      language: "uk",
      downloaded_at: null,
    });
    expect(stored.token_hash).toBe(createHash("sha256").update(token).digest("hex"));

    const first = await download(a.app, downloadPath);
    expect(first.statusCode).toBe(200);
    expect(first.headers["content-type"]).toBe("application/octet-stream");
    expect(first.headers["content-disposition"]).toBe(`attachment; filename="referral-${referral.number}.age"`);
    const file = first.rawPayload;
    expect(file.subarray(0, 22).toString()).toBe("age-encryption.org/v1\n");
    expect(await packageRow(a.testApp, packageId)).toMatchObject({ content: null, refused_attempts: 0 });
    expect((await packageRow(a.testApp, packageId)).downloaded_at).toBeInstanceOf(Date);

    const second = await download(a.app, downloadPath);
    expect([second.statusCode, errorOf(second).code]).toEqual([410, "gone"]);
    expect((await packageRow(a.testApp, packageId)).refused_attempts).toBe(1);
    const audit = await auditEntriesAfter(a.testApp, seq);
    expect(audit.map((e) => [e.action, e.outcome, (e.detail as { packageId?: string } | null)?.packageId])).toEqual(
      expect.arrayContaining([
        ["referral.package", "allowed", packageId],
        ["referral.package_download", "allowed", packageId],
        ["referral.package_refused", "denied", packageId],
      ]),
    );
    expect(JSON.stringify(audit)).not.toContain(token);
    const story = (await outgoing(referral.id)).json();
    expect(story.events.map((e: { action: string }) => e.action)).toEqual([
      "create",
      "send",
      "package",
      "package_download",
    ]);
    expect(story.status).toBe("sent");

    // B's data keys are rotated before the import: the sealed private key is re-encrypted with them.
    await rotateDataKeys(b.testApp.services.database, b.testApp.services.keyring);
    const sealedKey = await b.testApp.services.database.db
      .selectFrom("package_keys")
      .select("sealed_private_key")
      .where("organisation_id", "=", b.demo.mainOrganisationId)
      .executeTakeFirstOrThrow();
    expect(sealedKey.sealed_private_key.startsWith("sp1.2.")).toBe(true);

    const imported = await importPackage(b.app, receiver, file);
    expect(imported.statusCode, imported.body).toBe(201);
    const sent = story;
    expect(imported.json()).toMatchObject({
      number: referral.number,
      status: "sent",
      urgency: "high",
      reason: "AdditionalServicesRequired",
      serviceType: "ShelterAndAccommodation",
      fromOrganisationName: sent.fromOrganisationName,
      receiverOutside: false,
      sharedFields: SHARED_FIELDS,
      message: sent.message,
      actions: expect.arrayContaining(["accept", "decline"]),
    });
    expect(imported.json().shared).toEqual(sent.shared);
    expect(Object.keys(imported.json().shared).sort()).toEqual([...SHARED_FIELDS].sort());
    const row = await b.testApp.services.database.db
      .selectFrom("referrals")
      .selectAll()
      .where("id", "=", imported.json().id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      organisation_id: b.demo.mainOrganisationId,
      to_organisation_id: b.demo.mainOrganisationId,
      imported_from: sent.fromOrganisationName,
      case_id: null,
      person_id: null,
    });
    expect(row.imported_at).toBeInstanceOf(Date);
    // The answer is due from the import, by the urgency (high: a day).
    expect((row.due_at?.getTime() ?? 0) - (row.imported_at?.getTime() ?? 0)).toBe(24 * 3_600_000);

    const list = await send(b.app, { method: "GET", url: "/api/incoming-referrals", session: receiver });
    expect(list.json().items.map((item: { id: string }) => item.id)).toContain(row.id);
    const accepted = await send(b.app, {
      method: "POST",
      url: `/api/incoming-referrals/${row.id}/status`,
      session: receiver,
      payload: { action: "accept", version: row.version },
    });
    expect([accepted.statusCode, accepted.json().status]).toEqual([200, "accepted"]);
    expect(accepted.json().events.map((e: { action: string }) => e.action)).toEqual(["import", "accept"]);
    // Nothing travels back: the sender's referral is as it was.
    expect((await outgoing(referral.id)).json().status).toBe("sent");

    const again = await importPackage(b.app, receiver, file);
    expect([again.statusCode, errorOf(again).code]).toEqual([409, "conflict"]);
  }, 60_000);

  it("refuses a link past its expiry, counts and audits the attempt, and keeps no ciphertext", async () => {
    const referral = await sentReferral(a.app, sender, serviceId);
    const made = await makePackage(a.app, sender, referral.id, {
      method: "public_key",
      recipient: publicKeyOfB,
      language: "en",
    });
    const { packageId, downloadPath } = made.json();
    await a.testApp.services.database.db
      .updateTable("referral_packages")
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where("id", "=", packageId)
      .execute();
    const seq = await lastAuditSeq(a.testApp);
    const late = await download(a.app, downloadPath);
    expect([late.statusCode, errorOf(late).code]).toEqual([410, "gone"]);
    expect(await packageRow(a.testApp, packageId)).toMatchObject({
      refused_attempts: 1,
      content: null,
      downloaded_at: null,
    });
    const audit = await auditEntriesAfter(a.testApp, seq);
    expect(audit.map((e) => [e.action, e.outcome, e.detail])).toEqual([
      ["referral.package_refused", "denied", { packageId, code: "expired" }],
    ]);
    const unknown = await download(a.app, `/api/referral-packages/${randomBytes(32).toString("base64url")}`);
    expect(unknown.statusCode).toBe(404);
  }, 60_000);

  it("seals with a password: any age tool opens it; B imports it only with the right password", async () => {
    const referral = await sentReferral(a.app, sender, serviceId);
    const made = await makePackage(a.app, sender, referral.id, {
      method: "password",
      password: PASSWORD,
      language: "pl",
    });
    expect(made.statusCode, made.body).toBe(201);
    const file = (await download(a.app, made.json().downloadPath)).rawPayload;

    // What the provider reads with `age -d`: the bundle, its PDF and the HTCDS fields, only what was shared.
    const decrypter = new Decrypter();
    decrypter.addPassphrase(PASSWORD);
    const bundle = packageBundle.parse(JSON.parse(await decrypter.decrypt(file, "text")));
    expect(bundle).toMatchObject({ format: "safepath-referral-package", version: 1, packageId: made.json().packageId });
    expect(bundle.referral).toMatchObject({
      number: referral.number,
      urgency: "high",
      providerName: "Outside Shelter",
    });
    expect(Object.keys(bundle.person).sort()).toEqual([...SHARED_FIELDS].sort());
    const pdf = Buffer.from(bundle.pdf, "base64");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("/Lang (pl)");
    const [htcdsCase] = (bundle.htcds as { cases: Record<string, unknown>[] }).cases;
    expect(htcdsCase).toMatchObject({ cas_ReasonForOutgoingReferral: "AdditionalServicesRequired" });
    const [person] = (htcdsCase as { persons: Record<string, unknown>[] }).persons;
    expect(person).toMatchObject({
      prs_FirstName: "Daryna",
      prs_SecondName: "Referralska",
      prs_Birthdate: "1994-03-02",
    });
    expect(person).not.toHaveProperty("prs_Email");

    const wrong = await importPackage(b.app, receiver, file, "not the password at all");
    expect([wrong.statusCode, errorOf(wrong).fields?.[0]]).toMatchObject([
      400,
      { field: "body.password", problem: "package_wrong_password" },
    ]);
    const none = await importPackage(b.app, receiver, file);
    expect(errorOf(none).fields?.[0]).toMatchObject({ field: "body.password", problem: "required" });
    const right = await importPackage(b.app, receiver, file, PASSWORD);
    expect(right.statusCode, right.body).toBe(201);
    expect(right.json()).toMatchObject({ number: referral.number, sharedFields: SHARED_FIELDS, status: "sent" });
    expect(right.json().shared.name).toEqual({ firstName: "Daryna", middleName: null, secondName: "Referralska" });
  }, 60_000);

  it("refuses a package sealed for another organisation's key, and a file that is no package", async () => {
    const referral = await sentReferral(a.app, sender, serviceId);
    const key = await send(a.app, { method: "GET", url: "/api/organisations/package-key", session: sender });
    const made = await makePackage(a.app, sender, referral.id, {
      method: "public_key",
      recipient: key.json().publicKey,
      language: "ro",
    });
    const file = (await download(a.app, made.json().downloadPath)).rawPayload;
    const foreign = await importPackage(b.app, receiver, file);
    expect([foreign.statusCode, errorOf(foreign).fields?.[0]]).toMatchObject([
      400,
      { field: "body.file", problem: "package_not_for_us" },
    ]);
    const junk = await importPackage(b.app, receiver, Buffer.from("not an age file"));
    expect(errorOf(junk).fields?.[0]).toMatchObject({ field: "body.file", problem: "package_unreadable" });
  }, 60_000);
});
