/**
 * `pnpm run docs`: the API reference as one static folder, docs/dist/ (git-ignored), that works from
 * the file system or any static server and contacts no other host:
 *
 *   docs/dist/index.html              links to everything below
 *   docs/dist/http/<vendor>.html      each vendor's HTTP reference, rendered from specs/<vendor>.yaml
 *                                     by Redocly's build-docs (pinned @redocly/cli, scripts inlined)
 *   docs/dist/api/<package>/          each package's TypeScript API from its TSDoc (TypeDoc)
 *
 * TypeDoc reads the packages' sources (entry points = the `exports` of each package.json mapped
 * from dist/ to src/); their imports of other `@org/*` packages resolve to the built `.d.ts`, so
 * build first (`pnpm run docs` does). Why Redocly and not Scalar: docs/README.md.
 *
 *     tsx scripts/docs/build-docs.ts [--out docs/dist]
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { promisify } from "node:util";
import { Application, LogLevel, TSConfigReader } from "typedoc";
import { parse } from "yaml";

export const REPO_ROOT = join(import.meta.dirname, "..", "..");
const run = promisify(execFile);

/** A vendor whose HTTP reference is rendered. */
export interface HttpPage {
  vendor: string;
  title: string;
  /** Path relative to the output folder. */
  href: string;
  operations: number;
}

/** A package whose TypeScript API is rendered. */
export interface ApiPage {
  name: string;
  description: string;
  href: string;
}

export interface DocsSite {
  out: string;
  http: HttpPage[];
  api: ApiPage[];
}

interface PackageManifest {
  name: string;
  description?: string;
  private?: boolean;
  exports?: Record<string, string | { import?: { default?: string } }>;
}

/** The vendors with a spec: specs/<vendor>.yaml. */
export function specVendors(root = REPO_ROOT): string[] {
  return readdirSync(join(root, "specs"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => f.slice(0, -".yaml".length))
    .sort();
}

/** Source entry points of a package: its `exports` targets, mapped from dist/*.js to src/*.ts. */
export function sourceEntryPoints(packageDir: string, manifest: PackageManifest): string[] {
  const entries: string[] = [];
  for (const [key, target] of Object.entries(manifest.exports ?? {})) {
    if (key === "./package.json") continue;
    const file = typeof target === "string" ? target : target.import?.default;
    if (file === undefined) continue;
    const source = file.replace(/^\.\/dist\/(.*)\.(?:m?js)$/, "./src/$1.ts");
    if (source.endsWith(".ts") && existsSync(join(packageDir, source))) entries.push(join(packageDir, source));
  }
  return entries;
}

async function buildHttpPage(root: string, out: string, vendor: string): Promise<HttpPage> {
  const spec = join(root, "specs", `${vendor}.yaml`);
  const doc = parse(readFileSync(spec, "utf8")) as { info?: { title?: string }; paths?: Record<string, Record<string, unknown>> };
  const methods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
  const operations = Object.values(doc.paths ?? {}).reduce((n, item) => n + Object.keys(item).filter((k) => methods.has(k)).length, 0);
  const title = doc.info?.title ?? vendor;
  const href = `http/${vendor}.html`;
  mkdirSync(join(out, "http"), { recursive: true });
  // --inlineBundle: Redoc's script is embedded instead of loaded from Redocly's CDN.
  await run(join(root, "node_modules", ".bin", "redocly"), ["build-docs", spec, "--inlineBundle", "--title", `${title} — HTTP reference`, "-o", join(out, href)], {
    cwd: root,
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
    maxBuffer: 16 * 1024 * 1024,
  });
  inlineAttributionLogos(join(out, href));
  return { vendor, title, href, operations };
}

/**
 * Redoc's "API docs by Redocly" badge loads its logo from Redocly's CDN: the only request the page
 * would make to another host. The badge and its link stay; the logo becomes an inline SVG.
 */
function inlineAttributionLogos(file: string): void {
  const logo = (label: string) =>
    `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${label.length * 8}" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#0044d4">${label}</text></svg>`)}`;
  const html = readFileSync(file, "utf8")
    .replaceAll("https://cdn.redoc.ly/redoc/logo-mini-full.svg", logo("Redocly"))
    .replaceAll("https://cdn.redoc.ly/redoc/logo-mini.svg", logo("R"));
  writeFileSync(file, html);
}

async function buildApiPage(root: string, out: string, dir: string): Promise<ApiPage | undefined> {
  const packageDir = join(root, "packages", dir);
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as PackageManifest;
  const entryPoints = sourceEntryPoints(packageDir, manifest);
  if (entryPoints.length === 0) return undefined;
  const href = `api/${dir}/index.html`;
  const app = await Application.bootstrapWithPlugins(
    {
      name: manifest.name,
      entryPoints,
      entryPointStrategy: "resolve",
      tsconfig: join(packageDir, "tsconfig.json"),
      readme: join(packageDir, "README.md"),
      excludePrivate: true,
      excludeInternal: true,
      excludeExternals: true,
      githubPages: false,
      hideGenerator: true,
      disableSources: true,
      logLevel: LogLevel.Error,
      // Nothing on the page may reach another host.
      navigationLinks: {},
      sidebarLinks: {},
    },
    [new TSConfigReader()],
  );
  const project = await app.convert();
  if (project === undefined) throw new Error(`TypeDoc could not convert ${manifest.name}`);
  await app.generateDocs(project, join(out, "api", dir));
  if (app.logger.hasErrors()) throw new Error(`TypeDoc reported errors for ${manifest.name}`);
  linkSiblingPackages(join(out, "api"), dir);
  return { name: manifest.name, description: manifest.description ?? "", href };
}

/**
 * A README linking a sibling package's folder (`[@org/unified](../unified)`) becomes a link to a
 * `media/unified` file TypeDoc could not copy; on this site it goes to that package's API page.
 */
function linkSiblingPackages(apiOut: string, dir: string): void {
  const packages = new Set(readdirSync(join(REPO_ROOT, "packages")));
  for (const name of readdirSync(join(apiOut, dir), { recursive: true, encoding: "utf8" })) {
    if (!name.endsWith(".html")) continue;
    const file = join(apiOut, dir, name);
    const html = readFileSync(file, "utf8").replace(/href="((?:\.\.\/)*)media\/([\w.-]+)"/g, (whole, up: string, target: string) => {
      if (!packages.has(target) || existsSync(join(dirname(file), up, "media", target))) return whole;
      return `href="${relative(dirname(file), join(apiOut, target, "index.html"))}"`;
    });
    writeFileSync(file, html);
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

function indexHtml(site: Omit<DocsSite, "out">): string {
  const http = site.http.map((p) => `<li><a href="${p.href}">${escapeHtml(p.title)}</a> — ${p.operations} operations, from <code>specs/${p.vendor}.yaml</code></li>`).join("\n      ");
  const api = site.api.map((p) => `<li><a href="${p.href}"><code>${escapeHtml(p.name)}</code></a> — ${escapeHtml(p.description)}</li>`).join("\n      ");
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Conversations SDK — API reference</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
      code { font-size: 0.9em; } li { margin: 0.3rem 0; }
    </style>
  </head>
  <body>
    <h1>Conversations SDK — API reference</h1>
    <p>Typed TypeScript clients for 5chat, LiveChatAI and Chatwoot, and one facade over them.
      Built by <code>pnpm run docs</code> from the specs and the packages' TSDoc.</p>
    <h2>HTTP APIs (from the OpenAPI specs)</h2>
    <ul id="http">
      ${http}
    </ul>
    <h2>TypeScript packages (from TSDoc)</h2>
    <ul id="api">
      ${api}
    </ul>
  </body>
</html>
`;
}

/** Build the whole site into `out` (emptied first). */
export async function buildDocs(out = join(REPO_ROOT, "docs", "dist"), root = REPO_ROOT): Promise<DocsSite> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // Redocly runs as child processes while TypeDoc works in this one.
  const httpPages = Promise.all(specVendors(root).map((v) => buildHttpPage(root, out, v)));
  const api: ApiPage[] = [];
  for (const dir of readdirSync(join(root, "packages")).sort()) {
    const page = await buildApiPage(root, out, dir);
    if (page !== undefined) api.push(page);
  }
  const http = await httpPages;
  writeFileSync(join(out, "index.html"), indexHtml({ http, api }));
  return { out, http, api };
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const outArg = process.argv.indexOf("--out");
  const out = outArg === -1 ? undefined : process.argv[outArg + 1];
  const started = Date.now();
  const site = await buildDocs(out === undefined ? undefined : join(process.cwd(), out));
  for (const p of site.http) console.log(`docs: ${p.href} (${p.operations} operations)`);
  for (const p of site.api) console.log(`docs: ${p.href} (${p.name})`);
  console.log(`docs: ${relative(process.cwd(), join(site.out, "index.html"))} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
