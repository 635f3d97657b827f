#!/usr/bin/env node
/**
 * Start or stop a throwaway npm registry (Verdaccio) on 127.0.0.1 for the release rehearsal.
 *
 *     node scripts/release/registry.mjs start <state-dir>   # prints the registry URL
 *     node scripts/release/registry.mjs stop  <state-dir>
 *
 * The registry keeps everything under <state-dir> (config, storage, log, pid, url). It has no
 * uplinks: it serves only what is published to it, proxies nothing and can reach nothing else,
 * so a publish that targets it cannot land anywhere else, and an install from it can only get
 * `@org/*` packages (consumers take every other package from their usual registry).
 * Anyone may publish `@org/*` to it; npm and pnpm still want a token, so callers pass a fake one.
 */
import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const [command, stateArg] = process.argv.slice(2);
if ((command !== "start" && command !== "stop") || stateArg === undefined) {
  console.error("usage: registry.mjs start|stop <state-dir>");
  process.exit(1);
}
const state = resolve(stateArg);
const pidFile = join(state, "verdaccio.pid");
const urlFile = join(state, "url");
const logFile = join(state, "verdaccio.log");

/** A free TCP port on 127.0.0.1, picked by the OS. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function start() {
  if (existsSync(pidFile) && isAlive(Number(readFileSync(pidFile, "utf8")))) {
    console.error(`registry: already running (${pidFile}); stop it first`);
    process.exit(1);
  }
  const bin = execFileSync("node", [join(root, "scripts", "release", "install-tool.mjs"), "verdaccio"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  }).trim();
  rmSync(state, { recursive: true, force: true });
  mkdirSync(join(state, "storage"), { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  // YAML by hand: JSON is valid YAML, so the config is written as JSON.
  const config = {
    storage: join(state, "storage"),
    auth: { htpasswd: { file: join(state, "htpasswd"), max_users: -1 } },
    uplinks: {},
    packages: {
      "@org/*": { access: "$all", publish: "$all", unpublish: "$all" },
      "**": { access: "$all", publish: "$all", unpublish: "$all" },
    },
    web: { enable: false },
    middlewares: { audit: { enabled: false } },
    server: { keepAliveTimeout: 60 },
    logs: [{ type: "stdout", format: "pretty", level: "http" }],
    listen: `127.0.0.1:${port}`,
  };
  const configFile = join(state, "config.yaml");
  writeFileSync(configFile, JSON.stringify(config, null, 2) + "\n");

  const log = openSync(logFile, "a");
  const child = spawn(process.execPath, [bin, "--config", configFile, "--listen", `127.0.0.1:${port}`], {
    cwd: state,
    detached: true,
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  child.unref();
  writeFileSync(pidFile, `${child.pid}\n`);

  // Ready when /-/ping answers; give up after 60 s (Verdaccio starts in ~1 s here).
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${url}-/ping`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (!isAlive(child.pid) || Date.now() > deadline) {
      console.error(`registry: Verdaccio did not come up; its log (${logFile}):\n${readFileSync(logFile, "utf8")}`);
      await stop();
      process.exit(1);
    }
    await delay(200);
  }
  writeFileSync(urlFile, url + "\n");
  process.stdout.write(url + "\n");
}

async function stop() {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8"));
  // Verdaccio was started as the leader of its own process group: signal the group.
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    // already gone
  }
  for (let i = 0; i < 50 && isAlive(pid); i++) await delay(100);
  if (isAlive(pid)) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  rmSync(pidFile, { force: true });
  rmSync(urlFile, { force: true });
}

if (command === "start") await start();
else await stop();
