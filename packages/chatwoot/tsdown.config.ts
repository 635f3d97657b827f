import { packageBuild } from "../../tsdown.base.ts";

// `@org/chatwoot/webhooks` is its own entry: verifying deliveries pulls in no REST client code.
// `@org/chatwoot/webhooks/testing` holds the payload builders, so their defaults stay out of it.
export default packageBuild({ index: "src/index.ts", webhooks: "src/webhooks/index.ts", "webhooks-testing": "src/webhooks/testing/index.ts" });
