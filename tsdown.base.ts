/**
 * The build every published package shares: ESM + CommonJS with `.d.ts` for both, platform-neutral
 * (fetch and Web APIs only), ES2022. Each package's tsdown.config.ts passes its entries.
 */
import { defineConfig, type UserConfig } from "tsdown";

export function packageBuild(entry: UserConfig["entry"] = ["src/index.ts"]): UserConfig {
  return defineConfig({
    entry,
    format: ["esm", "cjs"],
    platform: "neutral",
    target: "es2022",
    dts: true,
    sourcemap: true,
    clean: true,
  });
}
