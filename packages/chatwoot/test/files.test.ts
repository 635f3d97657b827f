/**
 * toChatwootFile: every input kind becomes a named, typed File; hostile inputs (too big, empty,
 * a stream that errors half-way, a refused type on a website inbox) are typed errors naming
 * the vendor and the operation; the File then uploads through the typed client to the mock.
 */
import { Readable } from "node:stream";
import { startMockServer, type MockServer } from "@org/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHATWOOT_DEFAULT_MAX_FILE_BYTES, createChatwootClient, InvalidRequestError, toChatwootFile } from "../src/index.js";

const pdf = new TextEncoder().encode("%PDF-1.4 refund confirmation");

async function refusal(promise: Promise<unknown>): Promise<InvalidRequestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidRequestError);
  const typed = error as InvalidRequestError;
  expect(typed.vendor).toBe("chatwoot");
  expect(typed.parameter).toBe("file");
  return typed;
}

describe("toChatwootFile accepts", () => {
  it.each([
    ["a Blob", () => new Blob([pdf], { type: "application/pdf" })],
    ["a Uint8Array", () => pdf],
    ["an ArrayBuffer", () => pdf.slice().buffer],
    ["a Node Buffer", () => Buffer.from(pdf)],
    ["a Node readable stream", () => Readable.from([Buffer.from(pdf.subarray(0, 5)), Buffer.from(pdf.subarray(5))])],
    ["a web ReadableStream", () => new Blob([pdf]).stream()],
  ])("%s", async (_kind, make) => {
    const file = await toChatwootFile(make(), { name: "refund.pdf", type: "application/pdf" });
    expect(file.name).toBe("refund.pdf");
    expect(file.type).toBe("application/pdf");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
  });

  it("a File, keeping its name and type", async () => {
    const file = await toChatwootFile(new File([pdf], "receipt.pdf", { type: "application/pdf" }));
    expect([file.name, file.type, file.size]).toEqual(["receipt.pdf", "application/pdf", pdf.byteLength]);
  });

  it("a fetch Response, naming the file after the URL and typing it by content-type", async () => {
    const response = new Response(pdf, { headers: { "content-type": "application/pdf" } });
    Object.defineProperty(response, "url", { value: "http://127.0.0.1/files/refund%20RF-2291.pdf" });
    const file = await toChatwootFile(response);
    expect([file.name, file.type, file.size]).toEqual(["refund RF-2291.pdf", "application/pdf", pdf.byteLength]);
  });

  it("bytes without a type as application/octet-stream named attachment", async () => {
    const file = await toChatwootFile(pdf);
    expect([file.name, file.type]).toEqual(["attachment", "application/octet-stream"]);
  });
});

describe("toChatwootFile refuses", () => {
  it("a 41 MB Buffer (over the 40 MB default) and a 30 MB file over a 25 MB installation limit, naming the operation", async () => {
    const big = await refusal(toChatwootFile(Buffer.alloc(CHATWOOT_DEFAULT_MAX_FILE_BYTES + 1), { operation: "sendMessage" }));
    expect(big.message).toContain("sendMessage");
    expect(big.message).toContain("40.0 MB");
    const thirty = await refusal(toChatwootFile(new Blob([new Uint8Array(30 * 1024 * 1024)]), { maxBytes: 25 * 1024 * 1024 }));
    expect(thirty.message).toContain("toChatwootFile");
  });

  it("a stream over the limit, without reading it to the end", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    await refusal(toChatwootFile(endless, { maxBytes: 10 * 1024 }));
    expect(pulled).toBeLessThan(20);
  });

  it("a stream that errors half-way, keeping the cause", async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield await Promise.resolve(pdf);
      throw new Error("disk read failed");
    }
    const error = await refusal(toChatwootFile(failing(), { operation: "createAccountConversationMessage" }));
    expect(error.message).toContain("createAccountConversationMessage");
    expect(error.message).toContain("stream failed");
    expect((error.cause as Error).message).toContain("disk read failed");
  });

  it("an empty file, a failed Response, an unknown input and a bad maxBytes", async () => {
    expect((await refusal(toChatwootFile(new Uint8Array(0)))).message).toContain("empty");
    await refusal(toChatwootFile(Readable.from([])));
    await refusal(toChatwootFile(new Response("nope", { status: 404 })));
    await refusal(toChatwootFile({ not: "a file" } as unknown as Blob));
    await refusal(toChatwootFile(pdf, { maxBytes: -1 }));
  });

  it("a type a website inbox refuses, only for website inboxes", async () => {
    const exe = new Blob([pdf], { type: "application/x-msdownload" });
    const error = await refusal(toChatwootFile(exe, { inboxChannel: "Channel::WebWidget" }));
    expect(error.message).toContain("application/x-msdownload");
    await expect(toChatwootFile(exe, { inboxChannel: "Channel::Api" })).resolves.toBeInstanceOf(File);
    await expect(toChatwootFile(new Blob([pdf], { type: "image/png" }), { inboxChannel: "Channel::WebWidget" })).resolves.toBeInstanceOf(File);
  });
});

describe("the File uploads", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ vendor: "chatwoot" });
  });
  afterAll(async () => {
    await mock.close();
  });

  it("as attachments[] of a multipart create-message", async () => {
    const chatwoot = createChatwootClient({ baseUrl: mock.baseUrl, apiAccessToken: "contract-test-token", throwOnError: true });
    const file = await toChatwootFile(Readable.from([Buffer.from(pdf)]), { name: "refund-RF-2291.pdf", type: "application/pdf" });
    const form = new FormData();
    form.append("content", "Here is the refund confirmation.");
    form.append("attachments[]", file);
    const { data } = await chatwoot.POST("/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages", {
      params: { path: { account_id: 1, conversation_id: 42 } },
      // openapi-fetch sends a FormData body as is (fetch sets the multipart boundary).
      body: { content: "Here is the refund confirmation." },
      bodySerializer: () => form,
    });
    expect(data.attachments?.[0]?.file_type).toBe("file");
    expect(mock.requests.at(-1)?.body).toMatchObject({ "attachments[]": ["refund-RF-2291.pdf"] });
  });
});
