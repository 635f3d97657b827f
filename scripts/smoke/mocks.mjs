/**
 * Start the workspace's spec-driven mock vendor servers (packages/mock-server, run by tsx) on
 * 127.0.0.1 in a child process, for smoke tests that run in other runtimes or in a browser.
 *
 *     const mocks = await startMocks();        // { urls: { "5chat": "http://127.0.0.1:…", … }, stop() }
 */
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { VENDOR_IDS } from "../vendors.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** @returns {Promise<{ urls: Record<string, string>, stop: () => Promise<void> }>} */
export function startMocks(vendors = VENDOR_IDS) {
  const args = [join(root, "packages", "mock-server", "src", "cli.ts"), ...vendors.flatMap((v) => ["--vendor", v])];
  const child = spawn(join(root, "node_modules", ".bin", "tsx"), args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += String(chunk)));
  const exited = new Promise((resolve) => child.once("exit", resolve));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };

  return new Promise((resolve, reject) => {
    const urls = {};
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`mock servers did not start within 60 s: ${stderr}`));
    }, 60_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`mock servers exited (${code}) before printing their URLs: ${stderr}`));
    });
    createInterface({ input: child.stdout }).on("line", (line) => {
      const [vendor, url] = line.trim().split(/\s+/);
      if (vendor !== undefined && url !== undefined) urls[vendor] = url;
      if (vendors.every((v) => urls[v] !== undefined)) {
        clearTimeout(timer);
        resolve({ urls, stop });
      }
    });
  });
}
