import { defineConfig } from "tsdown";

export default defineConfig({
  // The main entry covers every vendor; each vendor entry holds that vendor alone (tree-shaking).
  entry: {
    index: "src/index.ts",
    "5chat": "src/entries/5chat.ts",
    livechatai: "src/entries/livechatai.ts",
    chatwoot: "src/entries/chatwoot.ts",
  },
  format: ["esm", "cjs"],
  platform: "neutral",
  target: "es2022",
  dts: true,
  sourcemap: true,
  clean: true,
});
