/**
 * `pnpm run docs` builds the reference site (scripts/docs/build-docs.ts), and a real headless
 * Chromium (Debian's, driven by playwright-core, as in scripts/smoke/browser.mjs) opens it from a
 * static server on 127.0.0.1:
 * - each vendor's HTTP reference lists every operation of its spec (by summary), shows no console
 *   error, and every internal route it links to renders (Redoc shows "No page at this address"
 *   for an unknown route); a screenshot of each is kept in artifacts/docs-<vendor>.png;
 * - every relative link of every page of the site points to a file that exists;
 * - no page contacts any host but 127.0.0.1 (every other request is aborted and reported).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { dirname, extname, join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildDocs, REPO_ROOT, type DocsSite } from "../docs/build-docs.ts";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const artifacts = join(REPO_ROOT, "artifacts");
const out = join(REPO_ROOT, ".tmp", "docs-site");
const CONTENT_TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json", ".png": "image/png" };

let site: DocsSite;
let server: Server;
let origin: string;
let browser: Browser | undefined;
let context: BrowserContext;
let chromiumMissing: string | undefined;
const offHost: string[] = [];

beforeAll(async () => {
  site = await buildDocs(out);
  server = createServer((req, res) => {
    const path = resolve(out, `.${decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname)}`);
    const file = path.endsWith("/") ? join(path, "index.html") : path;
    if (!file.startsWith(out) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;

  // Debian's Chromium, installed once per machine by the same script the release rehearsal uses.
  try {
    execFileSync("bash", [join(REPO_ROOT, "scripts", "release", "install-chromium.sh")], { stdio: "ignore" });
  } catch {
    chromiumMissing = `no Chromium at ${executablePath} and scripts/release/install-chromium.sh could not install it`;
    return;
  }
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "127.0.0.1") {
      offHost.push(url.href);
      await route.abort();
    } else await route.continue();
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server.close();
});

/** Opens a page and records its console errors and uncaught exceptions. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console.error: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${origin}/${path}`, { waitUntil: "load" });
  return { page, errors };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => join(dir, f));
}

describe("pnpm run docs", () => {
  it("builds an index linking every vendor's HTTP reference and every package's API", () => {
    const index = readFileSync(join(out, "index.html"), "utf8");
    const vendors = readdirSync(join(REPO_ROOT, "specs")).filter((f) => f.endsWith(".yaml"));
    expect(site.http.map((p) => `${p.vendor}.yaml`)).toEqual(vendors.sort());
    expect(site.api.map((p) => p.name)).toEqual(expect.arrayContaining(["@org/runtime", "@org/5chat", "@org/livechatai", "@org/chatwoot", "@org/unified", "@org/mock-server"]));
    for (const p of [...site.http, ...site.api]) {
      expect(index).toContain(`href="${p.href}"`);
      expect(existsSync(join(out, p.href))).toBe(true);
    }
  });

  it("has no relative link to a missing file on any page", () => {
    const broken: string[] = [];
    for (const file of htmlFiles(out)) {
      for (const [, href] of readFileSync(file, "utf8").matchAll(/\shref="([^"#?][^"]*)"/g)) {
        if (href === undefined || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("/")) continue;
        const target = resolve(dirname(file), decodeURIComponent(href.split(/[#?]/)[0] ?? ""));
        if (!existsSync(target)) broken.push(`${file.slice(out.length + 1)} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  describe.each(["5chat", "livechatai", "chatwoot"])("%s HTTP reference in headless Chromium", (vendor) => {
    it("renders every operation, has no console error, and every internal route renders", async (ctx) => {
      if (chromiumMissing !== undefined) ctx.skip(chromiumMissing);
      const spec = parse(readFileSync(join(REPO_ROOT, "specs", `${vendor}.yaml`), "utf8")) as { paths: Record<string, Record<string, { summary?: string }>> };
      const summaries = Object.values(spec.paths).flatMap((item) =>
        Object.entries(item)
          .filter(([method]) => ["get", "put", "post", "delete", "patch", "head", "options", "trace"].includes(method))
          .map(([, op]) => op.summary ?? ""),
      );
      const { page, errors } = await open(`http/${vendor}.html`);
      try {
        await page.waitForSelector("a[href='/']", { timeout: 30_000 });
        // Walk every internal route the page links to (tags as /x, operations as #/x/y, found on
        // the routes visited): each must render, and together they must show every operation.
        const linkedRoutes = () =>
          page.$$eval("a[href^='/'], a[href^='#/']", (as) => [...new Set(as.map((a) => (a.getAttribute("href") ?? "").replace(/^#/, "").split("#")[0] ?? ""))]);
        const queue = await linkedRoutes();
        const routes = new Set(queue);
        const unresolved: string[] = [];
        let seen = "";
        for (let route = queue.shift(); route !== undefined && routes.size < 500; route = queue.shift()) {
          await page.goto(`${origin}/http/${vendor}.html#${route}`);
          await page.waitForFunction(() => document.querySelector("main h1, main h2") !== null, undefined, { timeout: 10_000 }).catch(() => undefined);
          const text = await page.evaluate(() => document.body.innerText);
          if (text.includes("No page at this address") || !/\S/.test(text)) unresolved.push(route);
          seen += text;
          for (const next of await linkedRoutes()) {
            if (!routes.has(next)) {
              routes.add(next);
              queue.push(next);
            }
          }
        }
        expect(unresolved).toEqual([]);
        expect(summaries.filter((summary) => !seen.includes(summary))).toEqual([]);
        expect(routes.size).toBeGreaterThanOrEqual(summaries.length);
        await page.goto(`${origin}/http/${vendor}.html#${[...routes].find((r) => r.split("/").length === 3) ?? "/"}`);
        mkdirSync(artifacts, { recursive: true });
        await page.screenshot({ path: join(artifacts, `docs-${vendor}.png`) });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }, 300_000);
  });

  it("opens the index and every package's API page without console errors", async (ctx) => {
    if (chromiumMissing !== undefined) ctx.skip(chromiumMissing);
    for (const path of ["index.html", ...site.api.map((p) => p.href)]) {
      const { page, errors } = await open(path);
      const heading = await page.evaluate(() => document.querySelector("h1")?.textContent ?? "");
      await page.close();
      expect(heading.length, path).toBeGreaterThan(0);
      expect(errors, path).toEqual([]);
    }
  }, 120_000);

  it("made no request to any host but 127.0.0.1", (ctx) => {
    // Without Chromium no page was opened, so an empty list would prove nothing.
    if (chromiumMissing !== undefined) ctx.skip(chromiumMissing);
    expect(offHost).toEqual([]);
  });
});
