/**
 * Attachments in unified `sendMessage`: whatever a caller holds (bytes, a Buffer, a Node or web
 * stream, a fetch Response, a Blob) goes out as multipart to the spec-driven Chatwoot mock; a file
 * Chatwoot would refuse, or a stream that fails half-way, is an `SdkError` before any request.
 */
import { Readable } from "node:stream";
import { startMockServer, type MockServer } from "@org/mock-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { chatwoot, createUnifiedClient, InvalidRequestError, livechatai, UnsupportedOperationError } from "../src/index.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ vendor: "chatwoot" });
});
afterAll(() => mock.close());
afterEach(() => {
  expect(mock.violations, "requests that break the spec").toEqual([]);
  mock.reset();
});

const REF = { connection: "support", accountId: 1, conversationId: 42 } as const;
const sdk = () => createUnifiedClient({ support: chatwoot({ baseUrl: mock.baseUrl, apiAccessToken: "t" }), ai: livechatai({ baseUrl: mock.baseUrl, apiKey: "k" }) });
const bytes = (text: string) => new TextEncoder().encode(text);

describe("sendMessage attachments", () => {
  it("takes bytes, a Buffer, a Node stream, a web stream, a Response and a Blob, sent as one multipart message", async () => {
    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes("web "));
        controller.enqueue(bytes("stream"));
        controller.close();
      },
    });
    const m = await sdk().sendMessage(REF, {
      text: "Your documents.",
      attachments: [
        { name: "a.txt", data: bytes("plain bytes"), type: "text/plain" },
        { name: "b.csv", data: Buffer.from("id,amount\n1,49\n"), type: "text/csv" },
        { name: "c.txt", data: Readable.from([Buffer.from("node "), "stream"]) },
        { name: "d.txt", data: web },
        { name: "e.json", data: new Response(JSON.stringify({ refund: "RF-2291" }), { headers: { "content-type": "application/json" } }) },
        { name: "f.pdf", data: new Blob(["%PDF-1.4"], { type: "application/pdf" }) },
      ],
    });
    const request = mock.requests[0];
    expect(request?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(request?.body).toMatchObject({ content: "Your documents.", "attachments[]": ["a.txt", "b.csv", "c.txt", "d.txt", "e.json", "f.pdf"] });
    expect(m.text).toBe("Your documents.");
    expect(mock.requests).toHaveLength(1);
  });

  it("a stream that fails half-way is an InvalidRequestError naming the attachment; nothing is sent", async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield await Promise.resolve(bytes("first half"));
      throw new Error("disk read failed");
    }
    const error = await sdk()
      .sendMessage(REF, { text: "x", attachments: [{ name: "broken.txt", data: failing() }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error).toMatchObject({ vendor: "chatwoot" });
    expect(String(error)).toMatch(/sendMessage attachments\[0\] \("broken\.txt"\)/);
    expect(mock.requests).toHaveLength(0);
  });

  it("refuses a file over Chatwoot's 40 MB default, 16 files, and data that is not bytes, before any request", async () => {
    const big = await sdk()
      .sendMessage(REF, { text: "x", attachments: [{ name: "huge.bin", data: new Uint8Array(41 * 1024 * 1024) }] })
      .catch((e: unknown) => e);
    expect(big).toBeInstanceOf(InvalidRequestError);
    expect(String(big)).toMatch(/huge\.bin/);
    const many = Array.from({ length: 16 }, (_, i) => ({ name: `f${i}.txt`, data: bytes("x") }));
    await expect(sdk().sendMessage(REF, { text: "x", attachments: many })).rejects.toBeInstanceOf(UnsupportedOperationError);
    await expect(sdk().sendMessage(REF, { text: "x", attachments: [{ name: "a.txt", data: "not bytes" as never }] })).rejects.toMatchObject({ parameter: "attachments[0].data" });
    await expect(sdk().sendMessage(REF, { text: "x", attachments: [{ name: "", data: bytes("x") }] })).rejects.toMatchObject({ parameter: "attachments[0].name" });
    await expect(sdk().sendMessage(REF, { text: "x", attachments: [{ name: "a", data: bytes("x"), type: "not a type" }] })).rejects.toMatchObject({ parameter: "attachments[0].type" });
    await expect(sdk().sendMessage({ connection: "ai", conversationId: "c" }, { text: "x", attachments: [{ name: "a.txt", data: bytes("x") }] })).rejects.toBeInstanceOf(UnsupportedOperationError);
    expect(mock.requests).toHaveLength(0);
  });
});
