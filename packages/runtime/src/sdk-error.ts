/**
 * {@link SdkError}, the base of the error family. Errors are redacted where they are built: the
 * secrets passed at construction (and any `Bearer …` credential) never reach `message`, `stack`,
 * `toJSON()`, `body`, `bodySnippet` or the `cause` chain. `isInstance` works across copies of this
 * package (ESM and CJS builds, two versions) through a `Symbol.for` brand; `instanceof` within one.
 */
import { redact, sanitizeCause } from "./redact.js";

const BRAND: unique symbol = Symbol.for("@org/runtime.error");

/** A request's method and OpenAPI path template, e.g. `{ method: "GET", path: "/conversations/{token}" }`. */
export interface Operation {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The OpenAPI path template (never the concrete URL, which may carry identifiers or a query). */
  readonly path: string;
}

/** Options shared by every SDK error: the vendor (`"chatwoot"`), the cause (copied and redacted, never kept as is) and the credential values to redact (not stored). */
export interface SdkErrorOptions {
  readonly vendor: string;
  readonly cause?: unknown;
  readonly secrets?: readonly string[];
}

/** What `toJSON()` returns for an error of type `E`: `name`, `message` and its data fields, never `body`, `cause` or `stack`. */
export type ErrorJSON<E> = {
  readonly [K in keyof E as K extends "body" | "cause" | "stack" ? never : E[K] extends (...args: never[]) => unknown ? never : K]: E[K];
};

/** Base class of every error this SDK throws. */
export class SdkError extends Error {
  /** Stable class identifier: the brand `isInstance` reads, and `name`. Subclasses that want `isInstance` across copies set their own. */
  static readonly errorKind: string = "SdkError";

  /** The vendor the error relates to. */
  readonly vendor: string;

  /** `head`: a prefix of fixed names (vendor, method, path template), redacted of full-length credentials only; `message` is redacted fully. */
  constructor(message: string, options: SdkErrorOptions, head = "") {
    const secrets = options.secrets ?? [];
    const cause = sanitizeCause(options.cause, secrets);
    super(redact(head, secrets, false) + redact(message, secrets), cause === undefined ? undefined : { cause });
    const kinds: string[] = [];
    for (let c = new.target; c !== (Error as unknown); c = Object.getPrototypeOf(c) as typeof SdkError) if (Object.hasOwn(c, "errorKind")) kinds.push(c.errorKind);
    Object.defineProperties(this, { [BRAND]: { value: kinds }, name: { value: kinds[0], writable: true, configurable: true } });
    this.vendor = options.vendor;
  }

  /** Whether `value` is an instance of this class from any copy of this package (a subclass without its own `errorKind`: `instanceof`). */
  static isInstance<T extends abstract new (...args: never[]) => SdkError>(this: T, value: unknown): value is InstanceType<T> {
    const kinds: unknown = (value as Partial<Record<symbol, unknown>> | null | undefined)?.[BRAND];
    const kind: unknown = Object.getOwnPropertyDescriptor(this, "errorKind")?.value;
    return kind === undefined ? value instanceof this : Array.isArray(kinds) && kinds.includes(kind);
  }

  /** @returns The one JSON shape of every error: `name`, `message` and the data fields; no body, no cause, no stack. */
  toJSON(): ErrorJSON<this> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) if (key !== "body" && value !== undefined) json[key] = value;
    return json as ErrorJSON<this>;
  }
}
