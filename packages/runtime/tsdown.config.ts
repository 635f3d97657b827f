import { packageBuild } from "../../tsdown.base.ts";

// `@org/runtime/errors` is the error family alone, for packages that re-export it.
export default packageBuild({ index: "src/index.ts", errors: "src/public-errors.ts" });
