/**
 * findOrCreateContact against a small Chatwoot stand-in on 127.0.0.1 that keeps contacts and
 * answers like v4.10.0 (search = substring match, 15 per page; create = 422 `{message,
 * attributes}` when the email / phone / identifier is taken), including a real race of two
 * concurrent calls. Custom attributes against the spec-driven mock.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { startMockServer, type MockServer } from "@org/mock-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createChatwootClient,
  findOrCreateContact,
  InvalidRequestError,
  setContactCustomAttributes,
  setConversationCustomAttributes,
  UnprocessableEntityError,
} from "../src/index.js";

interface StoredContact {
  id: number;
  name: string | null;
  email: string | null;
  phone_number: string | null;
  identifier: string | null;
  custom_attributes: Record<string, unknown>;
}

const render = (c: StoredContact) => ({ additional_attributes: {}, availability_status: "offline", thumbnail: "", blocked: false, contact_inboxes: [], ...c });

/** The stand-in: state, a log of requests, and hooks a test sets to shape the race. */
const state = {
  contacts: [] as StoredContact[],
  hidden: [] as StoredContact[], // taken values a search does not list (e.g. non-resolved contacts)
  log: [] as string[],
  beforeCreate: undefined as (() => void) | undefined,
  searchBarrier: undefined as { waiting: (() => void)[]; size: number } | undefined,
};

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (req.method === "GET" && url.pathname === "/api/v1/accounts/1/contacts/search") {
    const q = (url.searchParams.get("q") ?? "").trim().toLowerCase();
    state.log.push(`search ${q}`);
    const barrier = state.searchBarrier;
    if (barrier) {
      await new Promise<void>((resolve) => {
        barrier.waiting.push(resolve);
        if (barrier.waiting.length < barrier.size) return;
        state.searchBarrier = undefined; // one-shot: later searches answer at once
        for (const go of barrier.waiting.splice(0)) go();
      });
    }
    const hits = state.contacts.filter((c) => [c.name, c.email, c.phone_number, c.identifier].some((v) => v?.toLowerCase().includes(q)));
    const page = Number(url.searchParams.get("page") ?? "1");
    json(res, 200, { meta: { count: hits.length, current_page: url.searchParams.get("page") ?? 1 }, payload: hits.slice((page - 1) * 15, page * 15).map(render) });
    return;
  }
  if (req.method === "POST" && url.pathname === "/api/v1/accounts/1/contacts") {
    let text = "";
    for await (const chunk of req) text += String(chunk);
    const body = JSON.parse(text) as Partial<StoredContact>;
    state.log.push(`create ${JSON.stringify(body)}`);
    state.beforeCreate?.();
    const taken = (["email", "phone_number", "identifier"] as const).filter((key) => body[key] && [...state.contacts, ...state.hidden].some((c) => c[key]?.toLowerCase() === body[key]?.toLowerCase()));
    if (taken.length > 0) {
      json(res, 422, { message: taken.map((k) => `${k === "email" ? "Email" : k === "identifier" ? "Identifier" : "Phone number"} has already been taken`).join(", "), attributes: taken });
      return;
    }
    const contact: StoredContact = { id: 100 + state.contacts.length, name: body.name ?? null, email: body.email ?? null, phone_number: body.phone_number ?? null, identifier: body.identifier ?? null, custom_attributes: body.custom_attributes ?? {} };
    state.contacts.push(contact);
    json(res, 200, { payload: { contact: render(contact), contact_inbox: { inbox: null, source_id: null } } });
    return;
  }
  json(res, 404, { error: "Resource could not be found" });
}

let server: Server;
let baseUrl: string;
beforeAll(async () => {
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => {
  Object.assign(state, { contacts: [], hidden: [], log: [], beforeCreate: undefined, searchBarrier: undefined });
});

const client = () => createChatwootClient({ baseUrl, apiAccessToken: "user-token", allowInsecureHttp: true, maxRetries: 0 });
const maya: StoredContact = { id: 7, name: "Maya Chen", email: "maya.chen@example.com", phone_number: "+14155550134", identifier: "cust-1042", custom_attributes: { plan: "pro" } };

describe("findOrCreateContact", () => {
  it("returns the existing contact on an exact match, ignoring substring matches, without creating", async () => {
    state.contacts.push({ ...maya, id: 6, email: "old.maya.chen@example.com", identifier: "cust-10420" }, maya);
    const result = await findOrCreateContact(client(), { accountId: 1, email: "MAYA.CHEN@example.com", name: "Maya" });
    expect(result.created).toBe(false);
    expect(result.contact.id).toBe(7);
    expect(state.log).toEqual(["search maya.chen@example.com"]);
  });

  it("searches by identifier first, then email, then phone, and creates with every field", async () => {
    const result = await findOrCreateContact(client(), { accountId: 1, identifier: "cust-2001", email: "d.okafor@example.com", phone: "+14155550199", name: "Daniel Okafor", customAttributes: { plan: "free" } });
    expect(result.created).toBe(true);
    expect(result.contact).toMatchObject({ identifier: "cust-2001", email: "d.okafor@example.com", custom_attributes: { plan: "free" } });
    expect(state.log.slice(0, 3)).toEqual(["search cust-2001", "search d.okafor@example.com", "search +14155550199"]);
    expect(JSON.parse(state.log[3]?.slice("create ".length) ?? "")).toEqual({ identifier: "cust-2001", email: "d.okafor@example.com", phone_number: "+14155550199", name: "Daniel Okafor", custom_attributes: { plan: "free" } });
  });

  it("returns the winner when a concurrent create wins between the search and the create", async () => {
    state.beforeCreate = () => {
      state.contacts.push(maya); // the other process's create lands first
      state.beforeCreate = undefined;
    };
    const result = await findOrCreateContact(client(), { accountId: 1, email: maya.email ?? "", name: "Maya Chen" });
    expect(result).toMatchObject({ created: false, contact: { id: 7 } });
    expect(state.log.map((l) => l.split(" ")[0])).toEqual(["search", "create", "search"]);
  });

  it("two concurrent calls for the same person end with one contact, and both return it", async () => {
    state.searchBarrier = { waiting: [], size: 2 }; // both searches answer only when both were asked: a true race
    const [a, b] = await Promise.all([
      findOrCreateContact(client(), { accountId: 1, identifier: "cust-3001", name: "Ana" }),
      findOrCreateContact(client(), { accountId: 1, identifier: "cust-3001", name: "Ana" }),
    ]);
    expect(state.contacts).toHaveLength(1);
    expect(a.contact.id).toBe(b.contact.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
  });

  it("names the clashing field when the taken value belongs to a contact search does not find", async () => {
    state.hidden.push({ ...maya, id: 99 });
    const error = await findOrCreateContact(client(), { accountId: 1, email: maya.email ?? "", identifier: "cust-9" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).message).toContain("refused the email");
    expect((error as UnprocessableEntityError).status).toBe(422);
    expect((error as UnprocessableEntityError).body).toEqual({ message: "Email has already been taken", attributes: ["email"] });
  });

  it("refuses a call without identifier, email or phone, or with a blank one, before any request", async () => {
    await expect(findOrCreateContact(client(), { accountId: 1, name: "Nobody" })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(findOrCreateContact(client(), { accountId: 1, email: "  " })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(findOrCreateContact(client(), { accountId: 0, email: "a@b.c" })).rejects.toBeInstanceOf(InvalidRequestError);
    expect(state.log).toEqual([]);
  });
});

describe("custom attributes (spec-driven mock)", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ vendor: "chatwoot" });
  });
  afterAll(async () => {
    await mock.close();
  });

  it("merges into a contact with PATCH and replaces a conversation's with POST custom_attributes", async () => {
    const chatwoot = createChatwootClient({ baseUrl: mock.baseUrl, apiAccessToken: "contract-test-token" });
    const contact = await setContactCustomAttributes(chatwoot, { accountId: 1, contactId: 7, customAttributes: { plan: "enterprise" } });
    expect(contact.id).toBe(7);
    expect(mock.requests.at(-1)).toMatchObject({ method: "PATCH", body: { custom_attributes: { plan: "enterprise" } } });

    const stored = await setConversationCustomAttributes(chatwoot, { accountId: 1, conversationId: 42, customAttributes: { invoice_number: "INV-2024-03-1187", refund_id: "RF-2291" } });
    expect(stored).toEqual({ invoice_number: "INV-2024-03-1187", refund_id: "RF-2291" });
    expect(mock.requests.at(-1)).toMatchObject({ method: "POST", body: { custom_attributes: { invoice_number: "INV-2024-03-1187", refund_id: "RF-2291" } } });
  });
});
