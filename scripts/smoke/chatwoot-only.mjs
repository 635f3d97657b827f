/**
 * Smoke check for a consumer that ran `npm install @org/chatwoot` alone (copied into that
 * consumer's directory and run there by scripts/smoke/run-matrix.mjs): the package loads through
 * `import` and through `require`, and each reads the example-story conversation from the Chatwoot
 * mock server (its URL is `SMOKE_MOCKS.chatwoot`).
 */
import { createRequire } from "node:module";

const baseUrl = JSON.parse(process.env.SMOKE_MOCKS ?? "{}").chatwoot;
const path = "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}";
const params = { path: { inbox_identifier: "Yr9bXn3KqW2vT7sL", contact_identifier: "4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a", conversation_id: 42 } };

const esm = await import("@org/chatwoot");
const cjs = createRequire(import.meta.url)("@org/chatwoot");
for (const [how, mod] of [["import", esm], ["require", cjs]]) {
  const client = mod.createChatwootClient({ baseUrl });
  const { data, error } = await client.GET(path, { params });
  if (error !== undefined || data?.id !== 42) throw new Error(`chatwoot-only: ${how}: GET conversation 42 failed: ${JSON.stringify(error ?? data)}`);
}
console.log("chatwoot-only: ok (import and require read conversation 42)");
