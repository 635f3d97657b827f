/** Type declarations for scripts/vendors.mjs. */
export interface VendorRow {
  /** The vendor id: `specs/<id>.yaml`, the `vendor` of its errors, the key in `@org/unified`. */
  id: string;
  /** The vendor's own spelling, for prose. */
  name: string;
  /** The npm name of its client package. */
  package: string;
  /** The package directory, relative to the root. */
  dir: string;
  /** The spec, relative to the root. */
  spec: string;
  /** Exported names of the generated client module. */
  client: { factory: string; type: string; options: string; baseUrlConstant: string };
  /** Lines of the factory's TSDoc example. */
  example: string[];
  /** A path template only this vendor's `@org/unified` adapter calls (a tree-shaking marker). */
  unifiedAdapterPath: string;
  /** The adapter factory `@org/unified/<id>` (and `@org/unified`) exports, e.g. `chatwoot`. */
  unifiedAdapter: string;
}
export declare const ROOT: string;
export declare const VENDOR_TABLE: readonly VendorRow[];
export declare const VENDOR_IDS: readonly string[];
export declare function vendorRow(id: string): VendorRow;
