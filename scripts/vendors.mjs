/**
 * The vendor table (`vendors.json` at the repository root), for every tool that needs the list of
 * vendors. Adding a vendor starts with a row there (see CONTRIBUTING.md).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Every row of vendors.json, in table order. */
export const VENDOR_TABLE = JSON.parse(readFileSync(join(ROOT, "vendors.json"), "utf8")).vendors;

/** The vendor ids, in table order. */
export const VENDOR_IDS = VENDOR_TABLE.map((v) => v.id);

/** The row of one vendor; throws naming the known ids when there is none. */
export function vendorRow(id) {
  const row = VENDOR_TABLE.find((v) => v.id === id);
  if (!row) throw new Error(`unknown vendor "${id}"; known: ${VENDOR_IDS.join(", ")}`);
  return row;
}
