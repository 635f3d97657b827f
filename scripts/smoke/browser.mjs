#!/usr/bin/env node
/**
 * The browser smoke check: a real headless Chromium loads a page whose script is a bundle of the
 * installed @org/unified (esbuild, platform browser), and the page reads a Chatwoot public-API
 * conversation from the mock server on another 127.0.0.1 origin (the mock answers CORS).
 *
 *     node scripts/smoke/browser.mjs <consumer-dir> <screenshot.png>
 *
 * <consumer-dir> holds `npm install @org/unified`'s node_modules; the page script
 * (scripts/smoke/browser/page.ts) is copied there and bundled from there. Chromium is Debian's
 * (`/usr/bin/chromium`, or CHROMIUM_PATH), driven by playwright-core and started with the flags
 * that work offline and a fresh profile. The screenshot is kept as a test artifact.
 * Exit codes: 0 pass, 1 fail, 2 skipped (no Chromium; the reason is printed).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { startMocks } from "./mocks.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const [appArg, shotArg] = process.argv.slice(2);
if (appArg === undefined || shotArg === undefined) {
  console.error("usage: browser.mjs <consumer-dir> <screenshot.png>");
  process.exit(1);
}
const app = resolve(appArg);
const screenshot = resolve(shotArg);
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  console.log(`browser: SKIP: no Chromium at ${executablePath} (scripts/release/install-chromium.sh installs Debian's)`);
  process.exit(2);
}

// 1. The page: page.ts bundled from the consumer's node_modules, and index.html.
const site = join(app, "browser");
rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
copyFileSync(join(here, "browser", "page.ts"), join(site, "page.ts"));
copyFileSync(join(here, "browser", "index.html"), join(site, "index.html"));
const bundle = await build({
  entryPoints: [join(site, "page.ts")],
  outfile: join(site, "bundle.js"),
  absWorkingDir: app,
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  metafile: true,
  logLevel: "warning",
});
const bundledPackages = [...new Set(Object.keys(bundle.metafile.inputs).map((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p)?.[1]).filter(Boolean))];
console.log(`browser: bundled page.ts with ${bundledPackages.join(", ")} (${readFileSync(join(site, "bundle.js")).length} bytes)`);

// 2. A static server for the page, and the Chatwoot mock on another origin.
const files = { "/": ["index.html", "text/html"], "/index.html": ["index.html", "text/html"], "/bundle.js": ["bundle.js", "text/javascript"] };
const server = createServer((req, res) => {
  const file = files[new URL(req.url ?? "/", "http://127.0.0.1").pathname];
  if (file === undefined) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": `${file[1]}; charset=utf-8` }).end(readFileSync(join(site, file[0])));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const pageUrl = `http://127.0.0.1:${server.address().port}/`;
const mocks = await startMocks(["chatwoot"]);

// 3. Chromium: offline-safe flags and a fresh profile directory.
const profile = mkdtempSync(join(tmpdir(), "org-chromium-"));
const args = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
// (Debian's launcher script prints shell noise on stderr: keep only stdout.)
const chromiumVersion = execFileSync(executablePath, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
let failure = null;
let context;
try {
  context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args, viewport: { width: 900, height: 560 } });
  const page = context.pages()[0] ?? (await context.newPage());
  const logs = [];
  page.on("console", (m) => logs.push(`console.${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => logs.push(`pageerror: ${e.message}`));
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));

  // Done when the page sets data-status, or at once when its script throws.
  const crashed = new Promise((_, reject) => page.once("pageerror", (e) => reject(new Error(`the page's script threw: ${e.message}`))));
  try {
    await page.goto(`${pageUrl}?chatwoot=${encodeURIComponent(mocks.urls.chatwoot)}`);
    await Promise.race([page.waitForSelector("body:not([data-status=loading])", { timeout: 30_000 }), crashed]);
  } finally {
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
  }

  const status = await page.getAttribute("body", "data-status");
  const result = JSON.parse((await page.getAttribute("body", "data-result")) ?? "null");
  const mockOrigin = new URL(mocks.urls.chatwoot).origin;
  const checks = [
    [status === "ok", `the page finished with data-status=ok (got ${status}: ${await page.textContent("main")})`],
    [result?.contact === "Maya Chen", `the conversation's contact is Maya Chen (got ${result?.contact})`],
    [result?.webhook === "message_created", `@org/chatwoot/webhooks verified the signed vector in Chromium (got ${result?.webhook})`],
    [result?.messages?.[0] === "Hi, I was charged twice for my March invoice." || result?.messages?.includes("Hi, I was charged twice for my March invoice."), "the story's first message is there"],
    [requests.some((u) => u.startsWith(mockOrigin)), `the page called the mock server at ${mockOrigin} (cross-origin)`],
  ];
  const failed = checks.filter(([ok]) => !ok).map(([, what]) => what);
  if (failed.length > 0) failure = `${failed.join("; ")}\n${logs.join("\n")}`;
  else console.log(`browser: ${chromiumVersion}: read conversation ${result.id} (${result.messages.length} messages) from ${mockOrigin}; screenshot ${screenshot}`);
} catch (error) {
  failure = error instanceof Error ? error.message : String(error);
} finally {
  await context?.close().catch(() => {});
  await mocks.stop();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
if (failure !== null) {
  console.error(`browser: FAIL: ${failure}`);
  process.exit(1);
}
console.log("browser: ok");
