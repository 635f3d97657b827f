import { packageBuild } from "../../tsdown.base.ts";

// `@org/chatwoot/webhooks` is its own entry: verifying deliveries pulls in no REST client code.
export default packageBuild({ index: "src/index.ts", webhooks: "src/webhooks/index.ts" });
