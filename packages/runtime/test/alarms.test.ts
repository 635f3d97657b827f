import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { pendingAlarms, startAlarm, stopAlarm } from "../src/alarms.js";
import { TimeoutError } from "../src/index.js";
import { testClient } from "./helpers/client.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";

afterEach(closeAllServers);

/** Resolves once `check` is true, polling on the event loop. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 5));
}

describe("attempt alarms on one shared host timer", () => {
  it("rings alarms in deadline order, re-arming for an earlier alarm that starts later", async () => {
    const rang: string[] = [];
    const late = startAlarm(60, () => rang.push("late"));
    const early = startAlarm(10, () => rang.push("early"));
    const far = startAlarm(600_000, () => rang.push("far"));
    await until(() => rang.length === 2);
    expect(rang).toEqual(["early", "late"]);
    expect(pendingAlarms()).toBe(1);
    stopAlarm(far);
    stopAlarm(late); // already rang: a no-op
    stopAlarm(early);
    expect(pendingAlarms()).toBe(0);
  });

  it("never rings a stopped alarm", async () => {
    let rang = false;
    const alarm = startAlarm(5, () => (rang = true));
    stopAlarm(alarm);
    const witness = startAlarm(30, () => undefined);
    await until(() => pendingAlarms() === 0);
    expect(witness.at).toBeGreaterThan(alarm.at);
    expect(rang).toBe(false);
  });

  it("rings under fake timers when fake time advances, though a real host timer is armed for later", () => {
    const far = startAlarm(600_000, () => undefined); // arms the host with the real setTimeout
    vi.useFakeTimers();
    const rang: string[] = [];
    try {
      startAlarm(1_000, () => rang.push("fake"));
      vi.advanceTimersByTime(999);
      expect(rang).toEqual([]);
      vi.advanceTimersByTime(2);
      expect(rang).toEqual(["fake"]);
    } finally {
      vi.useRealTimers();
      stopAlarm(far);
    }
  });

  it("re-arms with the real setTimeout once fake timers are gone, not waiting on an abandoned fake timer", async () => {
    vi.useFakeTimers();
    // Fake time starts at 0: this alarm is due long before any real-time alarm, and its fake host
    // timer will never fire once fake timers are removed.
    const abandoned = startAlarm(5, () => undefined);
    vi.useRealTimers();
    const rang: string[] = [];
    startAlarm(20, () => rang.push("real"));
    await until(() => rang.length === 1);
    stopAlarm(abandoned);
    expect(rang).toEqual(["real"]);
  });

  it("times out a hanging attempt while a longer alarm is pending", async () => {
    const far = startAlarm(600_000, () => undefined);
    const server = await startServer(() => {
      // never answers
    });
    const error = await testClient(server.url, { timeoutMs: 40, maxRetries: 0 })
      .GET("/items")
      .catch((e: unknown) => e);
    stopAlarm(far);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).scope).toBe("attempt");
  });

  it("stops every alarm of finished attempts (none is left pending)", async () => {
    const server = await startServer((_req, res) => {
      sendJson(res, 200, { items: [] });
    });
    const client = testClient(server.url, { timeoutMs: 600_000 });
    await Promise.all(Array.from({ length: 20 }, () => client.GET("/items")));
    expect(server.hits).toHaveLength(20);
    expect(pendingAlarms()).toBe(0);
  });

  const dist = fileURLToPath(new URL("../dist/index.js", import.meta.url));
  it.skipIf(!existsSync(dist))("does not keep a Node process alive after its last request (10-minute timeout)", async () => {
    const script = `
      import { createServer } from "node:http";
      import { createApiClient } from ${JSON.stringify(dist)};
      const server = createServer((req, res) => { res.writeHead(200, { "content-type": "application/json" }).end("{}"); });
      await new Promise((r) => server.listen(0, "127.0.0.1", r));
      const client = createApiClient({ vendor: "acme", defaultBaseUrl: "http://127.0.0.1:" + server.address().port, timeoutMs: 600000 });
      const { data } = await client.GET("/items");
      server.close();
      server.closeAllConnections();
      console.log(JSON.stringify(data));
    `;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    onTestFinished(() => {
      child.kill();
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    expect(out.trim()).toBe("{}");
  }, 30_000);
});
