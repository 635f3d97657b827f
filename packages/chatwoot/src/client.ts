/** The client (base URL, options, factory): generated from the spec and vendors.json into ./generated/client.ts. */
export * from "./generated/client.js";
