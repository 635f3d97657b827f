/**
 * The root README's table of what each vendor supports through the facade agrees with the
 * adapters' own `capabilities` (what `capabilities(connection)` returns at run time): a cell is "—"
 * exactly when the adapter says the vendor cannot.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHATWOOT_CAPABILITIES, FIVECHAT_CAPABILITIES, LIVECHATAI_CAPABILITIES, type Capabilities } from "@org/unified";
import { expect, it } from "vitest";

const readme = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");
const COLUMNS: readonly Capabilities[] = [FIVECHAT_CAPABILITIES, LIVECHATAI_CAPABILITIES, CHATWOOT_CAPABILITIES];
const ROWS: Record<string, (c: Capabilities) => boolean> = {
  "status filter when listing": (c) => c.conversationStatusFilter.length > 0,
  "`sendMessage`": (c) => c.sendMessage !== false,
  "`setStatus`": (c) => c.setStatus.length > 0,
  "`assign`": (c) => c.assign !== false,
  "`setTags`": (c) => c.setTags,
  webhooks: (c) => c.webhooks,
};

it("the README's capability table says what the adapters say", () => {
  const header = readme.split("\n").findIndex((l) => l.startsWith("| | 5chat | LiveChatAI | Chatwoot |"));
  expect(header).toBeGreaterThan(0);
  const rows = new Map<string, string[]>();
  for (const line of readme.split("\n").slice(header + 2)) {
    if (!line.startsWith("|")) break;
    const [name = "", ...cells] = line.split("|").slice(1, -1).map((c) => c.trim());
    rows.set(name, cells);
  }
  const mismatches: string[] = [];
  for (const [row, supported] of Object.entries(ROWS)) {
    const cells = rows.get(row);
    if (cells === undefined) {
      mismatches.push(`row "${row}" is missing`);
      continue;
    }
    COLUMNS.forEach((capabilities, i) => {
      const says = cells[i] !== "—";
      if (says !== supported(capabilities)) mismatches.push(`${row} / ${capabilities.vendor}: README says "${cells[i] ?? ""}", the adapter says ${String(supported(capabilities))}`);
    });
  }
  expect(mismatches).toEqual([]);
});
