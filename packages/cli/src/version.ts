/** The package version, read from package.json beside dist/ (so `--version` says what is installed). */
import { readFileSync } from "node:fs";

/** `@org/cli`'s version. */
export const version: string = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
