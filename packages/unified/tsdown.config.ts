import { packageBuild } from "../../tsdown.base.ts";

// The main entry covers every vendor; each vendor entry holds that vendor alone (tree-shaking).
// `webhooks` is the webhook side alone (no REST client code).
export default packageBuild({
  index: "src/index.ts",
  "5chat": "src/entries/5chat.ts",
  livechatai: "src/entries/livechatai.ts",
  chatwoot: "src/entries/chatwoot.ts",
  webhooks: "src/entries/webhooks.ts",
});
