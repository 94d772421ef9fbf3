import { readFile } from "node:fs/promises";
import path from "node:path";

export interface DemoAccount {
  email: string;
  password: string;
  roles: string[];
  organisation: string;
}

export const ORG_ADMIN_EMAIL = "admin@office.example.org";

/** `<dataDir>/demo-accounts.json`, written by the server when it seeds the demo data. */
export async function demoAccounts(dataDir: string): Promise<DemoAccount[]> {
  const parsed = JSON.parse(await readFile(path.join(dataDir, "demo-accounts.json"), "utf8")) as {
    accounts: DemoAccount[];
  };
  return parsed.accounts;
}

export async function demoAccount(dataDir: string, email: string): Promise<DemoAccount> {
  const account = (await demoAccounts(dataDir)).find((a) => a.email === email);
  if (!account) throw new Error(`no demo account ${email} in ${dataDir}/demo-accounts.json`);
  return account;
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

async function expectStatus(response: Response, status: number, what: string): Promise<unknown> {
  const text = await response.text();
  if (response.status !== status)
    throw new Error(`${what}: expected ${status}, got ${response.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

export async function signIn(baseUrl: string, account: { email: string; password: string }): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  const body = (await expectStatus(response, 200, `sign-in as ${account.email}`)) as {
    mfaState: string;
    csrfToken: string;
  };
  if (body.mfaState !== "complete")
    throw new Error(`sign-in as ${account.email}: MFA state ${body.mfaState}, expected complete`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] as string)
    .find((c) => c.startsWith("safepath_session="));
  if (!cookie) throw new Error(`sign-in as ${account.email}: no session cookie`);
  return { cookie, csrfToken: body.csrfToken };
}

function sessionHeaders(session: Session): Record<string, string> {
  return { "content-type": "application/json", cookie: session.cookie, "x-csrf-token": session.csrfToken };
}

/** A personal API token for the signed-in user (used as Bearer, so requests carry no session touch). */
export async function createApiToken(baseUrl: string, session: Session): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/tokens`, {
    method: "POST",
    headers: sessionHeaders(session),
    body: JSON.stringify({ name: "bench", expiresInDays: 1 }),
  });
  const body = (await expectStatus(response, 201, "create API token")) as { token: string };
  return body.token;
}

const GIVEN = [
  "Anna",
  "Olena",
  "Marek",
  "Iryna",
  "Tomasz",
  "Sofia",
  "Piotr",
  "Ioana",
  "Mihai",
  "Elena",
  "Andrii",
  "Kateryna",
  "Bogdan",
  "Natalia",
  "Yusuf",
  "Amina",
  "Dmytro",
  "Oksana",
  "Radu",
  "Maria",
  "Олена",
  "Андрій",
  "Ірина",
  "Наталія",
];
const FAMILY = [
  "Nowak",
  "Kovalenko",
  "Zielinski",
  "Bondar",
  "Wojcik",
  "Melnyk",
  "Lewandowski",
  "Popescu",
  "Ionescu",
  "Rusu",
  "Shevchenko",
  "Tkachenko",
  "Kaminska",
  "Ciobanu",
  "Moroz",
  "Hassan",
  "Коваленко",
  "Мельник",
  "Бондар",
  "Ткаченко",
];
const ROLES = ["caseworker", "caseworker", "caseworker", "screener", "hotline_operator", "supervisor", "me_officer"];

/** Deterministic, varied display names (Latin and Cyrillic) so the sort by lower(display_name) does real work. */
export function benchUser(i: number) {
  const given = GIVEN[i % GIVEN.length] as string;
  const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length] as string;
  return {
    email: `bench.user.${i}@office.example.org`,
    displayName: `${given} ${family} ${i}`,
    roles: [ROLES[i % ROLES.length] as string],
    locale: "en",
  };
}

/** Creates `count` users in the admin's organisation through POST /api/users, a few at a time. */
export async function addUsers(baseUrl: string, session: Session, count: number, parallel = 4): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const response = await fetch(`${baseUrl}/api/users`, {
        method: "POST",
        headers: sessionHeaders(session),
        body: JSON.stringify(benchUser(i)),
      });
      await expectStatus(response, 201, `create user ${i}`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/** Users the token's owner sees in GET /api/users (all pages). */
export async function countUsers(baseUrl: string, token: string): Promise<number> {
  let total = 0;
  let cursor: string | null = null;
  for (let pageNo = 0; pageNo < 1_000; pageNo++) {
    const query: string = cursor ? `limit=200&cursor=${encodeURIComponent(cursor)}` : "limit=200";
    const response = await fetch(`${baseUrl}/api/users?${query}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await expectStatus(response, 200, "list users")) as { items: unknown[]; nextCursor: string | null };
    total += body.items.length;
    cursor = body.nextCursor;
    if (!cursor) return total;
  }
  throw new Error("list users: too many pages");
}

/** Sequential sign-ins; milliseconds per request as the client sees it. */
export async function timeSignIns(
  baseUrl: string,
  account: { email: string; password: string },
  runs: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await signIn(baseUrl, account);
    times.push(performance.now() - started);
  }
  return times;
}
