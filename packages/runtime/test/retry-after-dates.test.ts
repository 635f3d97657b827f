import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type AttemptInfo, RateLimitError } from "../src/index.js";
import type * as Retry from "../src/retry.js";
import { testClient } from "./helpers/client.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";
import { settle, useFakeTime, waitsBetween } from "./helpers/time.js";

// RFC 9110 §10.2.3: Retry-After is delay-seconds or an HTTP-date, and an HTTP-date is one of three
// exact shapes (§5.6.7). A value of any other shape is not a wait: the client falls back to its
// own backoff rather than trusting whatever `Date.parse` makes of it (it reads "06 nov 94 UTC",
// "x Sun, 06 Nov …" and five-digit years).

const ZONE = process.env["TZ"];

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  if (ZONE === undefined) delete process.env["TZ"];
  else process.env["TZ"] = ZONE;
  await closeAllServers();
});

// Each test reads dates with a freshly loaded retry.ts, so its module-level shape regex is built
// within the test (a mutation tool's changes to module-level constants take effect only on load).
let parseRetryAfter: typeof Retry.parseRetryAfter;
beforeEach(async () => {
  vi.resetModules();
  ({ parseRetryAfter } = await import("../src/retry.js"));
});

const NOW = Date.UTC(2030, 0, 1, 12, 0, 0); // a Tuesday
const retryAfter = (value: string): number | undefined => parseRetryAfter(new Headers({ "retry-after": value }), NOW);

describe("HTTP-date shapes a server may send are read", () => {
  it.each([
    // IMF-fixdate, every day name and months whose names test both letter cases
    ["Mon, 31 Dec 2029 23:59:59 GMT", Date.UTC(2029, 11, 31, 23, 59, 59)],
    ["Tue, 01 Jan 2030 12:00:07 GMT", NOW + 7000],
    ["Wed, 15 Aug 2029 10:20:30 GMT", Date.UTC(2029, 7, 15, 10, 20, 30)],
    ["Thu, 12 Apr 2029 00:00:00 GMT", Date.UTC(2029, 3, 12)],
    ["Fri, 25 May 2029 08:09:10 GMT", Date.UTC(2029, 4, 25, 8, 9, 10)],
    ["Sat, 30 Jun 2029 18:00:00 GMT", Date.UTC(2029, 5, 30, 18)],
    ["Sun, 06 Nov 1994 08:49:37 GMT", Date.UTC(1994, 10, 6, 8, 49, 37)],
    // obsolete RFC 850: full day name, dashes, two-digit year
    ["Sunday, 06-Nov-94 08:49:37 GMT", Date.UTC(1994, 10, 6, 8, 49, 37)],
    ["Monday, 02-Apr-29 01:02:03 GMT", Date.UTC(2029, 3, 2, 1, 2, 3)],
    ["Tuesday, 01-Jan-30 12:00:08 GMT", NOW + 8000],
    ["Wednesday, 08-Aug-29 00:00:00 GMT", Date.UTC(2029, 7, 8)],
    ["Thursday, 10-May-29 00:00:00 GMT", Date.UTC(2029, 4, 10)],
    ["Friday, 11-May-29 00:00:00 GMT", Date.UTC(2029, 4, 11)],
    ["Saturday, 12-May-29 00:00:00 GMT", Date.UTC(2029, 4, 12)],
    // asctime: no zone (it is GMT), day padded with a space or two digits
    ["Sun Nov  6 08:49:37 1994", Date.UTC(1994, 10, 6, 8, 49, 37)],
    ["Tue Jan  1 12:00:09 2030", NOW + 9000],
    ["Mon Apr 16 00:00:00 2029", Date.UTC(2029, 3, 16)],
    ["Sat Aug 04 00:00:00 2029", Date.UTC(2029, 7, 4)],
  ])("%j", (value, time) => {
    expect(retryAfter(value)).toBe(Math.max(0, time - NOW));
  });

  it("a date in the future is the wait until then; one in the past is no wait", () => {
    expect(retryAfter("Tue, 01 Jan 2030 12:01:00 GMT")).toBe(60_000);
    expect(retryAfter("Tue, 01 Jan 2030 11:59:59 GMT")).toBe(0);
  });

  it("asctime is read as GMT whatever the machine's time zone", () => {
    process.env["TZ"] = "America/New_York";
    expect(retryAfter("Tue Jan  1 12:00:09 2030")).toBe(9000);
    process.env["TZ"] = "Asia/Kolkata";
    expect(retryAfter("Tue Jan  1 12:00:09 2030")).toBe(9000);
  });
});

/** Not HTTP-dates, yet `Date.parse` reads every one of them. */
const LOOKALIKES = [
  "x Tue, 01 Jan 2030 12:00:07 GMT", // text before
  "Tue, 01 Jan 2030 12:00:07 GMT+0200", // text after
  "Tue Jan  1 12:00:09 2030 GMT", // asctime with a zone
  "Tue, 01 jan 2030 12:00:07 GMT", // month case
  "Tue, 01 JAN 2030 12:00:07 GMT",
  "Tue, 1 Jan 2030 12:00:07 GMT", // one-digit day
  "Tue, 01 Jan 30 12:00:07 GMT", // two-digit year in IMF-fixdate
  "Tue, 01 Jan 12030 12:00:07 GMT", // five-digit year
  "Tue, 01 Jan 2030 12:00 GMT", // no seconds
  "Tue, 01 Jan 2030 12:00:07:04 GMT",
  "Tue, 01 Jan 2030 2:00:07 GMT", // one-digit hour
  "Tue, 01 Jan 2030 12:00:07 UTC", // another zone name
  "Tue 01 Jan 2030 12:00:07 GMT", // no comma
  "Tuesday, 01 Jan 2030 12:00:07 GMT", // full day name in IMF-fixdate
  "Tue, 01-Jan-30 12:00:07 GMT", // short day name in RFC 850
  "Tuesday, 01-Jan-2030 12:00:07 GMT", // four-digit year in RFC 850
  "Tuesday, 01-jan-30 12:00:07 GMT",
  "Tuesday, 1-Jan-30 12:00:07 GMT",
  "Tuesday, 01-Jan-30 12:00 GMT",
  "Tuesday, 01-Jan-30 12:00:07",
  "Tue Jan 1 12:00:09 2030", // asctime day neither padded nor two digits
  "Tue jan  1 12:00:09 2030",
  "Tue JAN  1 12:00:09 2030",
  "Tue Jan  1 12:00 2030",
  "Tue Jan  1 12:00:09 30",
  "Tue Jan  1 12:00:09 12030",
  "Tuesday Jan  1 12:00:09 2030",
];

describe("anything else is not a wait, even where Date.parse would read it", () => {
  it("the lookalikes below are all readable by Date.parse (so only the shape check refuses them)", () => {
    expect(LOOKALIKES.filter((value) => Number.isNaN(Date.parse(value.endsWith("GMT") ? value : `${value} GMT`)))).toEqual([]);
  });

  it.each([...LOOKALIKES, "2030-01-01T12:00:07Z", "Tue, 01 Jan 2030 12:00:07 GMT, Tue, 01 Jan 2030 12:00:08 GMT"])("%j", (value) => {
    expect(retryAfter(value)).toBeUndefined();
  });

  it("an impossible date of the right shape is not a wait", () => {
    expect(retryAfter("Tue, 32 Jan 2030 12:00:07 GMT")).toBeUndefined();
    expect(retryAfter("Tue, 01 Foo 2030 12:00:07 GMT")).toBeUndefined();
  });

  it("retry-after-ms: milliseconds, fractions allowed, anything else ignored in favour of Retry-After", () => {
    const wait = (ms: string): number | undefined => parseRetryAfter(new Headers({ "retry-after-ms": ms, "retry-after": "3" }), NOW);
    expect(wait("1500")).toBe(1500);
    expect(wait("1500.5")).toBe(1500.5);
    expect(wait("1500.25")).toBe(1500.25);
    for (const bad of ["-5", "+5", "1.", ".5", "1.5.5", "15 00", "1e3", "x1500", "1500x", ""]) expect(wait(bad)).toBe(3000);
  });

  it.each(["-5", "+5", "5x", "x5", "5 5"])("delay-seconds %j is not a wait", (value) => {
    expect(retryAfter(value)).toBeUndefined();
  });
});

describe("end to end over HTTP", () => {
  /** The wait the client took after a 503 carrying `retryAfter`, with the backoff's random fixed at its top. */
  async function waitAfter(retryAfter: string): Promise<number | undefined> {
    useFakeTime();
    vi.spyOn(Math, "random").mockReturnValue(0.999);
    const server = await startServer((_req, res, _hit, n) => {
      if (n === 1) sendJson(res, 503, {}, { "retry-after": retryAfter });
      else sendJson(res, 200, { items: [] });
    });
    const attempts: AttemptInfo[] = [];
    await settle(testClient(server.url, { onAttempt: (a) => attempts.push(a) }).GET("/items"));
    expect(server.hits).toHaveLength(2);
    return waitsBetween(attempts)[0];
  }

  it("a valid date in the past waits the 100 ms floor; a malformed one waits the backoff (499 ms)", async () => {
    expect(await waitAfter("Sun, 06 Nov 1994 08:49:37 GMT")).toBe(100);
    expect(await waitAfter("Sunday, 06-Nov-94 08:49:37 GMT")).toBe(100);
    expect(await waitAfter("Sun Nov  6 08:49:37 1994")).toBe(100);
    expect(await waitAfter("Sun, 06 nov 94 08:49:37 UTC")).toBe(499);
  });

  it("a date in the future is waited for, to the second", async () => {
    const wait = await waitAfter("Tue, 01 Jan 2030 12:00:05 GMT");
    expect(wait).toBeGreaterThan(4000);
    expect(wait).toBeLessThanOrEqual(5000);
  });

  it("a date further away than maxRetryDelayMs surfaces the 429 with the wait it asked for", async () => {
    useFakeTime();
    const server = await startServer((_req, res) => { sendJson(res, 429, {}, { "retry-after": "Tue, 01 Jan 2030 13:00:00 GMT" }); });
    const error = await settle(testClient(server.url, { throwOnError: true, maxRetryDelayMs: 60_000 }).GET("/items")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(server.hits).toHaveLength(1);
    const asked = (error as RateLimitError).retryAfterMs ?? 0;
    expect(asked).toBeGreaterThan(3_599_000);
    expect(asked).toBeLessThanOrEqual(3_600_000);
  });
});
