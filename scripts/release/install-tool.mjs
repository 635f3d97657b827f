#!/usr/bin/env node
/**
 * Install one pinned tool from scripts/release/tools.json with plain npm, into a cache directory
 * the next run reuses (.tmp/tools/<name>-<version>/), and print the absolute path of its binary.
 *
 *     node scripts/release/install-tool.mjs node24        # → /…/.tmp/tools/node24-24.21.0/node_modules/node/bin/node
 *
 * Exit codes: 0 installed (or cached) and the binary runs; 2 the package could not be installed or
 * its binary does not run here — the reason is printed on stderr and the caller skips that tool.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const tools = JSON.parse(readFileSync(join(root, "scripts", "release", "tools.json"), "utf8"));
const name = process.argv[2];
const tool = tools[name];
if (name === undefined || name.startsWith("$") || tool === undefined) {
  console.error(`install-tool: unknown tool "${name}"; known: ${Object.keys(tools).filter((k) => !k.startsWith("$")).join(", ")}`);
  process.exit(1);
}

const dir = join(root, ".tmp", "tools", `${name}-${tool.version}`);
const bin = join(dir, tool.bin);
const done = join(dir, ".installed");

function skip(reason) {
  console.error(`install-tool: ${tool.package}@${tool.version} unavailable: ${reason}`);
  process.exit(2);
}

if (!existsSync(done) || !existsSync(bin)) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // A package.json of its own makes this directory npm's project root, so the workspace's .npmrc
  // and package.json play no part in this install.
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `tool-${name}`, private: true }) + "\n");
  try {
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", "--save-exact", `${tool.package}@${tool.version}`], {
      cwd: dir,
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
      timeout: 600_000,
    });
  } catch (error) {
    const stderr = String(error.stderr ?? error.message).trim().split("\n").slice(-5).join(" | ");
    skip(`npm install failed: ${stderr}`);
  }
  if (!existsSync(bin)) skip(`npm install succeeded but ${tool.bin} is missing`);
  writeFileSync(done, new Date().toISOString() + "\n");
}

// A binary built for another libc or CPU installs fine and fails here: check that it runs.
try {
  execFileSync(bin, ["--version"], { stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 });
} catch (error) {
  skip(`${bin} --version failed: ${String(error.stderr ?? error.message).trim().split("\n")[0]}`);
}
process.stdout.write(bin + "\n");
