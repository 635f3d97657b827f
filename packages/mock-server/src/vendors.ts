/** The vendors that have a spec in `specs/<vendor>.yaml`. */
export const VENDORS = ["5chat", "livechatai", "chatwoot"] as const;

/** A vendor name; `specs/<vendor>.yaml` is its OpenAPI document. */
export type Vendor = (typeof VENDORS)[number];

/** Whether `value` names one of the {@link VENDORS}. */
export function isVendor(value: string): value is Vendor {
  return (VENDORS as readonly string[]).includes(value);
}
