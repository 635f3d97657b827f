/** Type declarations for scripts/generate.mjs (used by the tooling tests). */
export declare const VENDORS: Record<string, { spec: string; out: string }>;
export declare const VENDOR_LIST_TARGET: string;
export declare function generateSource(vendor: string, specPath: string): Promise<string>;
export declare function generateVendorFiles(vendor: string, specPath: string): Promise<Record<string, string>>;
export declare function vendorListSource(): string;
