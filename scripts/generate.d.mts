/** Type declarations for scripts/generate.mjs (used by the tooling tests). */
export declare const VENDORS: Record<string, { spec: string; out: string }>;
export declare function generateSource(vendor: string, specPath: string): Promise<string>;
