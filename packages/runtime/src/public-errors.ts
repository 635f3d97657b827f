/**
 * `@org/runtime/errors`: the SDK's error family alone. The vendor packages and `@org/unified`
 * re-export this module, so every package throws and exports the same classes.
 *
 * @packageDocumentation
 */
export * from "./sdk-error.js";
export * from "./http-errors.js";
export * from "./request-errors.js";
