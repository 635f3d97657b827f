/**
 * The CLI's build: one Node ESM bundle, dist/cli.js (the `conversations` binary), with its
 * dependencies left as dependencies; and dist/webhook-samples.json, one sample delivery per Chatwoot
 * webhook event taken from specs/chatwoot.yaml (build/webhook-samples.mjs).
 */
import { execFileSync } from "node:child_process";
import { chmodSync } from "node:fs";
import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/cli.ts"],
  format: ["esm"],
  platform: "node",
  target: "node20",
  dts: false,
  sourcemap: true,
  clean: true,
  fixedExtension: false,
  hooks: {
    "build:done": () => {
      execFileSync(process.execPath, ["build/webhook-samples.mjs", "../../specs/chatwoot.yaml", "dist/webhook-samples.json"], { stdio: "inherit" });
      chmodSync("dist/cli.js", 0o755);
    },
  },
});
