import type { FastifyInstance } from "fastify";

interface Operation {
  summary?: string;
  tags?: string[];
  "x-permission"?: string;
}

const INTRO = `# Safepath HTTP API

The API the web app uses, open to integrations. The machine-readable description is served at
\`GET /api/openapi.json\` (OpenAPI 3); every operation there carries the permission it needs as
\`x-permission\`. The table below is generated from the same routes (\`npm run api-doc\`); a test fails
when it is out of date.

## Conventions

- **Authentication:** a session cookie from \`POST /api/auth/sign-in\` (and \`/api/auth/mfa/verify\` when
  two-step sign-in is on), or a personal API token: \`Authorization: Bearer sp_pat_…\` (created under
  Account → API tokens; it carries its owner's permissions).
- **CSRF:** with a session cookie, every request other than GET/HEAD sends \`X-CSRF-Token\` with the
  \`csrfToken\` from sign-in or \`GET /api/auth/session\`. Token requests need none.
- **Access:** \`public\` needs nobody signed in; \`sign_in_step\` accepts a session still in the second
  sign-in step; \`signed_in\` any signed-in user; otherwise the named permission (see
  \`src/shared/access/permissions.ts\` for which roles hold it). Not signed in → 401; lacking the
  permission → 403; a record of another organisation → 404.
- **Errors:** \`{"error": {"code", "message", "requestId", "fields": [{"field", "problem", "message"}]}}\`.
  \`field\` names the input (\`body.email\`, \`query.limit\`); messages follow \`Accept-Language\`
  (en, uk, ru, pl, ro), else the account's language. Unknown fields, wrong types, malformed JSON, invalid
  UTF-8 → 400; body over 1 MiB → 413; too many sign-in attempts → 429; a locked account → 423.
- **Lists:** \`?limit=\` (1–200, default 50) and \`?cursor=\` from the previous page's \`nextCursor\`
  (keyset paging; \`null\` on the last page).
- **Audit:** every change, every read of personal data and every denied request is recorded.

## Operations
`;

/** The Markdown API reference, from the registered routes' OpenAPI description. */
export function renderApiDoc(app: FastifyInstance): string {
  const spec = app.swagger() as { paths?: Record<string, Record<string, Operation>> };
  const rows: string[] = [];
  for (const [path, methods] of Object.entries(spec.paths ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    for (const [method, operation] of Object.entries(methods)) {
      rows.push(
        `| \`${method.toUpperCase()} ${path}\` | \`${operation["x-permission"] ?? "?"}\` | ${operation.summary ?? ""} |`,
      );
    }
  }
  return `${INTRO}\n| operation | access | what it does |\n|---|---|---|\n${rows.join("\n")}\n`;
}
