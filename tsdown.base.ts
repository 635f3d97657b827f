/**
 * The build every published package shares: ESM + CommonJS with `.d.ts` for both, platform-neutral
 * (fetch and Web APIs only), ES2022. Each package's tsdown.config.ts passes its entries.
 *
 * Source maps and declaration maps both point into `../src/`, which every published package ships
 * (`files` in its package.json), so "go to definition" in an editor lands in the TypeScript source
 * and stack traces map to it. Without `src` in the tarball these maps would dangle.
 */
import { defineConfig, type UserConfig } from "tsdown";

export function packageBuild(entry: UserConfig["entry"] = ["src/index.ts"]): UserConfig {
  return defineConfig({
    entry,
    format: ["esm", "cjs"],
    platform: "neutral",
    target: "es2022",
    dts: { sourcemap: true },
    sourcemap: true,
    clean: true,
  });
}
