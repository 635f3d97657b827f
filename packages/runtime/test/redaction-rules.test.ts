/**
 * The redaction rules one by one, on the functions every error, snippet and log line goes through:
 * which secrets are removed and in which forms, which headers count as credentials, and how text
 * is cut without splitting a character or leaving a fragment of a secret.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type * as Redact from "../src/redact.js";

// Each test uses a freshly loaded redact.ts, so its module-level constants ([REDACTED],
// [TRUNCATED]) are built within the test.
let clip: typeof Redact.clip;
let isSensitiveHeaderName: typeof Redact.isSensitiveHeaderName;
let redact: typeof Redact.redact;
let redactJson: typeof Redact.redactJson;
let sensitiveHeaderValues: typeof Redact.sensitiveHeaderValues;
let snippet: typeof Redact.snippet;
beforeEach(async () => {
  vi.resetModules();
  ({ clip, isSensitiveHeaderName, redact, redactJson, sensitiveHeaderValues, snippet } = await import("../src/redact.js"));
});

describe("which secrets are removed, and where", () => {
  it("8 characters is full length: redacted inside a word; 7 is short: only where it stands alone", () => {
    expect(redact("xabcdefghx abcdefgh", ["abcdefgh"])).toBe("x[REDACTED]x [REDACTED]");
    expect(redact("xabcdefgx abcdefg", ["abcdefg"])).toBe("xabcdefgx [REDACTED]");
  });

  it("a longer secret containing a shorter one leaves no fragment, whatever order they are given in", () => {
    const short = "tok_12345678";
    const long = "tok_12345678_rotated";
    expect(redact(`old ${short} new ${long}`, [short, long])).toBe("old [REDACTED] new [REDACTED]");
    expect(redact(`old ${short} new ${long}`, [long, short])).toBe("old [REDACTED] new [REDACTED]");
  });

  it("an empty secret is ignored rather than matching everywhere", () => {
    expect(redact("plain text", [""])).toBe("plain text");
    expect(redact("plain text", ["", "text"])).toBe("plain [REDACTED]");
  });

  it("a secret is found verbatim, percent-encoded and JSON-escaped", () => {
    const secret = 'pa"ss\\word/+=12';
    const text = `raw ${secret} url ${encodeURIComponent(secret)} json ${JSON.stringify({ p: secret })}`;
    expect(redact(text, [secret])).toBe('raw [REDACTED] url [REDACTED] json {"p":"[REDACTED]"}');
  });

  it("a short secret's regex characters are literal", () => {
    expect(redact("a.b axb", ["a.b"])).toBe("[REDACTED] axb");
    expect(redact("(t) t+ ttt", ["t+"])).toBe("(t) [REDACTED] ttt");
  });

  it("a short secret stands alone only between characters that are not letters (any script), digits or _", () => {
    expect(redact("t,t é-t tét 9t t9 _t t_ (t) /t/", ["t"])).toBe(
      "[REDACTED],[REDACTED] é-[REDACTED] tét 9t t9 _t t_ ([REDACTED]) /[REDACTED]/",
    );
    expect(redact("ab пароль abc", ["ab"])).toBe("[REDACTED] пароль abc");
    expect(redact("ab ьab abь ab", ["ab"])).toBe("[REDACTED] ьab abь [REDACTED]");
  });

  it("with short: false a short secret is left alone, a full-length one still goes", () => {
    expect(redact("[acme] GET /v1/x tok_12345678", ["v1", "tok_12345678"], false)).toBe("[acme] GET /v1/x [REDACTED]");
  });
});

describe("Bearer and Basic credentials are masked even when not known", () => {
  it("from 8 characters of token68, with its padding", () => {
    expect(redact("Bearer abcd-f.h~j+l/n", [])).toBe("Bearer [REDACTED]");
    expect(redact("Basic dXNlcjpwYXNzd29yZA==, next", [])).toBe("Basic [REDACTED], next");
    expect(redact("bearer abcdefgh and BEARER 12345678", [])).toBe("bearer [REDACTED] and BEARER [REDACTED]");
    expect(redact("Bearer\t  abcdefgh", [])).toBe("Bearer [REDACTED]");
    expect(redact("Bearer abcdefg", [])).toBe("Bearer abcdefg");
  });

  it("but not a word that merely ends in Bearer or Basic", () => {
    expect(redact("Cardbearer abcdefghijk; Nonbasic abcdefghijk", [])).toBe("Cardbearer abcdefghijk; Nonbasic abcdefghijk");
  });
});

describe("clip: one clean line, cut without splitting a character", () => {
  it("flattens white space runs, trims, and keeps text at the limit whole", () => {
    expect(clip("  a\n\n b\t\tc  ", [])).toBe("a b c");
    expect(clip("x".repeat(200), [])).toBe("x".repeat(200));
  });

  it("cuts past the limit to exactly max characters ending with …", () => {
    expect(clip("x".repeat(201), [])).toBe(`${"x".repeat(199)}…`);
    expect(clip("abcdefghij", [], 5)).toBe("abcd…");
  });

  it("redacts before cutting, so a secret across the cut leaves no fragment", () => {
    const secret = "tok_SECRET_abcdefgh";
    expect(clip(`${"x".repeat(190)}${secret}`, [secret])).toBe(`${"x".repeat(190)}[REDACTED]`);
  });

  it("an emoji at the cut is dropped whole, never halved", () => {
    const emoji = "😀";
    expect(clip(`${"a".repeat(198)}${emoji}zzz`, [])).toBe(`${"a".repeat(198)}…`);
    expect(clip(`${"a".repeat(197)}${emoji}zzz`, [])).toBe(`${"a".repeat(197)}${emoji}…`);
    expect(clip(`${"a".repeat(196)}${emoji}zzzz`, [])).toBe(`${"a".repeat(196)}${emoji}z…`);
  });
});

describe("snippet: at most 1 KB of a body, redacted first", () => {
  it("no body is no snippet; an empty body is an empty snippet", () => {
    expect(snippet(undefined, ["tok_12345678"])).toBeUndefined();
    expect(snippet("", ["tok_12345678"])).toBe("");
  });

  it("a JSON body is redacted on its parse, so a \\u-escaped secret is caught, keys included", () => {
    const secret = "tok_12345678";
    const escaped = `{"${secret}":"\\u0074ok_12345678","n":1}`;
    expect(snippet(escaped, [secret])).toBe('{"[REDACTED]":"[REDACTED]","n":1}');
  });

  it("a text body is redacted as text", () => {
    expect(snippet("<h1>tok_12345678</h1>", ["tok_12345678"])).toBe("<h1>[REDACTED]</h1>");
  });

  it("is cut to 1024 characters, JSON or not", () => {
    expect(snippet("y".repeat(1024), [])).toBe("y".repeat(1024));
    expect(snippet("y".repeat(1025), [])).toBe(`${"y".repeat(1023)}…`);
    expect(snippet(JSON.stringify({ a: "y".repeat(2000) }), [])).toBe(`{"a":"${"y".repeat(1023 - 6)}…`);
  });
});

describe("redactJson: a redacted deep copy", () => {
  it("keeps numbers, booleans and null, redacts strings and keys in objects and arrays", () => {
    const secret = "tok_12345678";
    expect(redactJson({ [secret]: [secret, 1, true, null, { k: `x ${secret}` }] }, [secret])).toEqual({ "[REDACTED]": ["[REDACTED]", 1, true, null, { k: "x [REDACTED]" }] });
  });

  it("walks 32 levels; anything deeper is replaced, not kept unredacted", () => {
    const nest = (depth: number, leaf: unknown): unknown => (depth === 0 ? leaf : [nest(depth - 1, leaf)]);
    expect(redactJson(nest(32, "tok_12345678"), ["tok_12345678"])).toEqual(nest(32, "[REDACTED]"));
    expect(redactJson(nest(33, "tok_12345678"), ["tok_12345678"])).toEqual(nest(32, "[TRUNCATED]"));
    expect(redactJson(nest(32, 7), [])).toEqual(nest(32, 7));
  });
});

describe("which headers carry credentials", () => {
  it.each([
    "Cookie",
    "set-cookie",
    "Authorization",
    "proxy-authorization",
    "api_access_token",
    "X-API-KEY",
    "x-auth-token",
    "x-client-secret",
    "x-password",
    "x-session-id",
    "x-hub-signature-256",
    "x-amz-credential",
  ])("%s is a credential header", (name) => {
    expect(isSensitiveHeaderName(name)).toBe(true);
  });

  it.each(["content-type", "x-request-id", "accept", "retry-after", "location"])("%s is not", (name) => {
    expect(isSensitiveHeaderName(name)).toBe(false);
  });

  it("a vendor's own auth header counts in any case", () => {
    expect(isSensitiveHeaderName("X-Tenant", new Set(["x-tenant"]))).toBe(true);
    expect(isSensitiveHeaderName("x-tenant", new Set(["x-other"]))).toBe(false);
  });

  it("their values are secrets, and a scheme's credential alone too", () => {
    const headers: [string, string][] = [
      ["authorization", "Bearer abc"],
      ["x-api-key", "k123"],
      ["content-type", "application/json"],
      ["X-Tenant", "t 1"],
    ];
    expect(sensitiveHeaderValues(headers, new Set(["x-tenant"]))).toEqual(["Bearer abc", "abc", "k123", "k123", "t 1", "1"]);
    expect(sensitiveHeaderValues(new Headers({ Cookie: "a=b" }))).toEqual(["a=b", "a=b"]);
  });
});
