/**
 * Readable aliases for the generated types: one per schema, one per operation query, plus the
 * generated `paths`, `components` and `operations`. Generated into ./generated/types.ts.
 */
export type * from "./generated/types.js";
