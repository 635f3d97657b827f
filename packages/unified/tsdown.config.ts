import { packageBuild } from "../../tsdown.base.ts";

// The main entry holds the facade, every adapter factory and the normalizers; each vendor entry
// holds that vendor's adapter factory alone (tree-shaking keeps a bundle to what it imports).
// `webhooks` is the webhook side alone (no REST client code); `redis` the Redis stores alone.
export default packageBuild({
  index: "src/index.ts",
  "5chat": "src/adapters/5chat/index.ts",
  livechatai: "src/adapters/livechatai/index.ts",
  chatwoot: "src/adapters/chatwoot/index.ts",
  webhooks: "src/webhooks/index.ts",
  redis: "src/redis.ts",
});
