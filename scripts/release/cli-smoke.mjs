#!/usr/bin/env node
/**
 * Release rehearsal, CLI step: the `conversations` binary that `npm install @org/cli` put into
 * <work-dir>/consumer-cli runs `--help` and `--version`, and exports every conversation of a 5chat
 * and a Chatwoot connection (JSONL and CSV) from the mock vendors of the installed test kit
 * (<work-dir>/consumer-mock-server), on 127.0.0.1. Nothing here comes from the workspace.
 *
 *     node scripts/release/cli-smoke.mjs <work-dir> <released-version>
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [work, version] = process.argv.slice(2);
if (work === undefined || version === undefined) {
  console.error("usage: cli-smoke.mjs <work-dir> <released-version>");
  process.exit(1);
}
const app = join(work, "consumer-cli");
const bin = join(app, "node_modules", ".bin", "conversations");
// The installed test kit's ESM build (its published exports point at dist/).
const { startMockVendors } = await import(pathToFileURL(join(work, "consumer-mock-server", "node_modules", "@org", "mock-server", "dist", "index.js")).href);

const problems = [];
/**
 * Run the installed binary (asynchronously: the mocks answer from this process); only PATH and
 * HOME from this environment, plus `env`.
 */
function conversations(args, env = {}) {
  return new Promise((resolve) => {
    execFile(bin, args, { cwd: app, encoding: "utf8", timeout: 120_000, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : 1, stdout, stderr });
    });
  });
}
function expect(what, ok, detail) {
  console.log(`cli-smoke: ${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) problems.push(`${what}: ${detail.split("\n").slice(0, 12).join("\n")}`);
}

const help = await conversations(["--help"]);
expect("conversations --help", help.code === 0 && help.stdout.includes("Usage: conversations") && /export .*listen .*trigger .*doctor/s.test(help.stdout), help.stderr || help.stdout);
const shown = await conversations(["--version"]);
expect(`conversations --version is ${version}`, shown.code === 0 && shown.stdout.trim() === version, shown.stdout + shown.stderr);

const mocks = await startMockVendors({ vendors: ["5chat", "chatwoot"] });
try {
  const env = {
    CONVERSATIONS_CHATS_VENDOR: "5chat",
    CONVERSATIONS_CHATS_BASE_URL: mocks.baseUrls["5chat"],
    CONVERSATIONS_CHATS_TOKEN: "rehearsal-token-5chat",
    CONVERSATIONS_SUPPORT_VENDOR: "chatwoot",
    CONVERSATIONS_SUPPORT_BASE_URL: mocks.baseUrls.chatwoot,
    CONVERSATIONS_SUPPORT_ACCOUNT_ID: "1",
    CONVERSATIONS_SUPPORT_TOKEN: "rehearsal-token-chatwoot",
  };
  const doctor = await conversations(["doctor"], env);
  expect("conversations doctor", doctor.code === 0 && (doctor.stdout.match(/^ok /gm) ?? []).length === 2, doctor.stdout + doctor.stderr);
  const jsonl = await conversations(["export", "chats", "-o", "chats.jsonl"], env);
  const lines = jsonl.code === 0 ? readFileSync(join(app, "chats.jsonl"), "utf8").trim().split("\n") : [];
  expect(
    `conversations export chats -o chats.jsonl (${lines.length} conversations)`,
    lines.length > 0 && lines.every((l) => JSON.parse(l).connection === "chats"),
    jsonl.stderr,
  );
  const csv = await conversations(["export", "support", "--format", "csv"], env);
  expect("conversations export support --format csv", csv.code === 0 && csv.stdout.startsWith("connection,vendor,conversation_id,"), csv.stderr);
  const leaked = [help, shown, doctor, jsonl, csv].some((r) => (r.stdout + r.stderr).includes("rehearsal-token"));
  expect("no credential in any output", !leaked, "a token was printed");
  mocks.assertNoViolations();
} finally {
  await mocks.close();
}

if (problems.length > 0) {
  for (const p of problems) console.error(`cli-smoke: ${p}`);
  process.exit(1);
}
