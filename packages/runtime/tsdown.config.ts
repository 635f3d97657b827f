import { packageBuild } from "../../tsdown.base.ts";

// `@org/runtime/errors` is the error family alone, for packages that re-export it;
// `@org/runtime/read-body` the bounded body reader alone, for webhook receivers.
export default packageBuild({ index: "src/index.ts", errors: "src/errors.ts", "read-body": "src/read-body.ts" });
