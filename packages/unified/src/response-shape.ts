/**
 * Checks of a 2xx body's shape, for the adapters: the fields an adapter relies on (ids, arrays,
 * pagination counts) must be there with the right type, else an `InvalidPayloadError` names the
 * vendor, the operation and the JSON path of the first offending value — never a `TypeError`, never
 * an object with an empty id. Pagination numbers sent as digit strings (`"3"`) are read as numbers,
 * the one coercion that cannot be ambiguous.
 */
import { InvalidPayloadError } from "@org/runtime";
import { isObject, type JsonObject } from "./tolerant-read.js";
import { describe } from "./caller-input.js";

/** Which response is being checked. */
export interface ShapeContext {
  readonly vendor: string;
  /** E.g. `GET /conversations/{token}`. */
  readonly operation: string;
}

/** Throw the error for the value at `path`. */
export function fail(ctx: ShapeContext, path: string, detail: string): never {
  throw new InvalidPayloadError({ vendor: ctx.vendor, operation: ctx.operation, path, detail });
}

/** The plain JSON object at `path`. */
export function expectObject(ctx: ShapeContext, value: unknown, path: string): JsonObject {
  return isObject(value) ? value : fail(ctx, path, `expected an object, got ${describe(value)}`);
}

/** The array at `path`. */
export function expectArray(ctx: ShapeContext, value: unknown, path: string): readonly unknown[] {
  return Array.isArray(value) ? value : fail(ctx, path, `expected an array, got ${describe(value)}`);
}

/** Each element of the array at `path`, checked to be an object. */
export function expectObjects(ctx: ShapeContext, value: unknown, path: string): JsonObject[] {
  return expectArray(ctx, value, path).map((item, i) => expectObject(ctx, item, `${path}[${i}]`));
}

/** An identifier at `path`: a non-empty string, or a safe integer (as a string). */
export function expectId(ctx: ShapeContext, value: unknown, path: string): string {
  if (typeof value === "string" && value.length > 0) return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  return fail(ctx, path, `expected an id (a non-empty string or an integer), got ${describe(value)}`);
}

/** A non-negative integer at `path` (or, with `min`, at least `min`); a digit string such as `"3"` counts. */
export function expectInteger(ctx: ShapeContext, value: unknown, path: string, min = 0): number {
  const n = typeof value === "string" && /^\d{1,15}$/.test(value) ? Number(value) : value;
  if (typeof n === "number" && Number.isSafeInteger(n) && n >= min) return n;
  return fail(ctx, path, `expected an integer ≥ ${min}, got ${typeof value === "string" ? "a string that is not one" : describe(value)}`);
}

/** A boolean at `path`. */
export function expectBoolean(ctx: ShapeContext, value: unknown, path: string): boolean {
  return typeof value === "boolean" ? value : fail(ctx, path, `expected a boolean, got ${describe(value)}`);
}
