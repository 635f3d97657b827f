/**
 * Export every conversation of a 5chat connection, each with all its messages, to a JSONL file —
 * resumably: kill it at any moment and run it again, and it continues after the last page it
 * finished, without losing or duplicating a line.
 *
 *     FIVECHAT_API_KEY=... tsx examples/export-jsonl.ts [conversations.jsonl]
 *
 * Each line is `{"conversation": …, "messages": […]}` (the normalized objects, each with the vendor
 * payload in `raw`). Next to the output, `<file>.state.json` holds the listing cursor of the next
 * page and how many bytes of the output belong to finished pages; a page is appended and synced
 * before its cursor is saved (atomically, by rename), and a run first cuts the output back to the
 * saved length, dropping a page a kill interrupted. Delete both files to start over.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, truncateSync, writeFileSync, writeSync } from "node:fs";
import { createUnifiedClient, fiveChat, type ConversationCursor } from "@org/unified";

interface ExportState {
  /** Cursor of the next page to fetch; `undefined` before the first page. */
  cursor: string | undefined;
  /** Bytes of the output file written by finished pages. */
  bytes: number;
  conversations: number;
  done: boolean;
}

const out = process.argv[2] ?? "conversations.jsonl";
const statePath = `${out}.state.json`;
const sdk = createUnifiedClient({
  chats: fiveChat({ apiKey: process.env.FIVECHAT_API_KEY ?? "", ...(process.env.FIVECHAT_BASE_URL === undefined ? {} : { baseUrl: process.env.FIVECHAT_BASE_URL }) }),
});

let state: ExportState = existsSync(statePath)
  ? (JSON.parse(readFileSync(statePath, "utf8")) as ExportState)
  : { cursor: undefined, bytes: 0, conversations: 0, done: false };
if (state.done) {
  console.log(`${out} is complete (${state.conversations} conversations); delete ${statePath} to export again`);
  process.exit(0);
}
// Drop whatever a killed run appended after its last saved page.
if (existsSync(out) && statSync(out).size !== state.bytes) truncateSync(out, state.bytes);
if (!existsSync(out)) {
  if (state.bytes !== 0) throw new Error(`${out} is missing but ${statePath} says ${state.bytes} bytes were written; delete ${statePath} to start over`);
  writeFileSync(out, "");
}
if (state.cursor !== undefined) console.log(`resuming after ${state.conversations} conversations`);

const listing = sdk.listConversations("chats", { pageSize: 50, cursor: state.cursor as ConversationCursor<"5chat"> | undefined });
for await (const page of listing.pages()) {
  let lines = "";
  for (const conversation of page.items) {
    const messages = [];
    for await (const message of sdk.listMessages(conversation.ref)) messages.push(message);
    lines += `${JSON.stringify({ conversation, messages })}\n`;
  }
  const fd = openSync(out, "a");
  try {
    writeSync(fd, lines);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  state = { cursor: page.nextCursor, bytes: state.bytes + Buffer.byteLength(lines), conversations: state.conversations + page.items.length, done: page.nextCursor === undefined };
  writeFileSync(`${statePath}.tmp`, JSON.stringify(state));
  renameSync(`${statePath}.tmp`, statePath);
  console.log(`page saved: ${page.items.length} conversations (${state.conversations} in total)`);
}
console.log(`done: ${state.conversations} conversations in ${out}`);
