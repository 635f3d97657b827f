#!/usr/bin/env node
/**
 * Check what the rehearsal published, as the registry serves it:
 * every public package of the versioned workspace copy is there at its new version, tagged
 * `latest`, and its manifest depends on the other `@org/*` packages through real semver ranges
 * (no `workspace:` protocol) that the versions published together satisfy.
 *
 *     node scripts/release/check-published.mjs <registry-url> <versioned-workspace-copy>
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [registry, repo] = process.argv.slice(2);
if (registry === undefined || repo === undefined) {
  console.error("usage: check-published.mjs <registry-url> <workspace-copy>");
  process.exit(1);
}

const released = new Map();
for (const dir of readdirSync(join(repo, "packages"))) {
  const manifest = JSON.parse(readFileSync(join(repo, "packages", dir, "package.json"), "utf8"));
  if (manifest.private !== true) released.set(manifest.name, manifest.version);
}

/** Does a plain `x.y.z`, `^x.y.z` or `~x.y.z` range admit `version`? (All we publish.) */
function satisfies(range, version) {
  const match = /^([\^~]?)(\d+)\.(\d+)\.(\d+)$/.exec(range);
  const v = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (match === null || v === null) return false;
  const [, op, ...base] = match;
  const [a, b, c] = base.map(Number);
  const [x, y, z] = v.slice(1).map(Number);
  const atLeast = x > a || (x === a && (y > b || (y === b && z >= c)));
  if (!atLeast) return false;
  if (op === "") return x === a && y === b && z === c;
  if (op === "~" || (op === "^" && a === 0)) return x === a && y === b;
  return x === a;
}

const problems = [];
for (const [name, version] of released) {
  const response = await fetch(new URL(name.replace("/", "%2f"), registry));
  if (!response.ok) {
    problems.push(`${name}: registry answered ${response.status}`);
    continue;
  }
  const packument = await response.json();
  const manifest = packument.versions?.[version];
  if (manifest === undefined) {
    problems.push(`${name}@${version} is not on the registry (has: ${Object.keys(packument.versions ?? {}).join(", ")})`);
    continue;
  }
  if (packument["dist-tags"]?.latest !== version) problems.push(`${name}: latest is ${packument["dist-tags"]?.latest}, not ${version}`);
  const deps = { ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies };
  const shown = [];
  for (const [dep, range] of Object.entries(deps)) {
    if (String(range).startsWith("workspace:")) problems.push(`${name}@${version}: ${dep} is still "${range}"`);
    else if (released.has(dep)) {
      if (!satisfies(range, released.get(dep))) problems.push(`${name}@${version}: ${dep}@"${range}" does not admit the released ${released.get(dep)}`);
      shown.push(`${dep}@${range}`);
    }
  }
  console.log(`check-published:   ${name}@${version}  ${shown.length ? "→ " + shown.join(", ") : "(no @org dependencies)"}`);
}

if (problems.length > 0) {
  for (const p of problems) console.error(`check-published: ${p}`);
  process.exit(1);
}
console.log(`check-published: ${released.size} packages published with real semver ranges`);
