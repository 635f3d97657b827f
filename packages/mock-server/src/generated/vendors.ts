/**
 * GENERATED FILE — DO NOT EDIT BY HAND.
 * Source: vendors.json, by scripts/generate.mjs.
 * Change the source and run `pnpm generate`; `pnpm generate:check` fails when this file is stale.
 */

/** The vendors of vendors.json, in table order; `specs/<vendor>.yaml` is each one's OpenAPI document. */
export const VENDORS = ["5chat", "livechatai", "chatwoot"] as const;
