/** `conversations doctor [connection]`: check each configured connection (or one). */
import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { checkConnection, doctorLines } from "../doctor.js";
import { configError, vendorError } from "../exit-codes.js";
import { connectionNamed } from "../config.js";

/** Register the command. */
export function doctorCommand(program: Command, context: () => CommandContext): void {
  program
    .command("doctor")
    .description("check connections: reachable, credential accepted, what the facade can do, rate-limit headers")
    .argument("[connection]", "one configured connection (default: all)")
    .addHelpText(
      "after",
      `
Each check is the vendor's cheapest authenticated call: 5chat GET /health, LiveChatAI one
conversation of the agent, Chatwoot GET /api/v1/profile. Exit 0 when every connection passes, 3 otherwise.

Examples:
  $ conversations doctor
  $ conversations doctor support --verbose`,
    )
    .action(async (name: string | undefined) => {
      const ctx = context();
      const all = ctx.connections();
      const chosen = name === undefined ? [...all.values()] : [connectionNamed(all, name)];
      if (chosen.length === 0) throw configError("no connections configured: create conversations.config.json or set CONVERSATIONS_<NAME>_VENDOR (see --help)");
      let failed = 0;
      for (const connection of chosen) {
        const sdk = await ctx.openConnection(connection);
        const result = await checkConnection(sdk, connection, ctx.signal);
        if (result.problem !== undefined) failed++;
        process.stdout.write(`${doctorLines(result).join("\n")}\n`);
      }
      if (failed > 0) throw vendorError(`${failed} of ${chosen.length} connection${chosen.length === 1 ? "" : "s"} failed`);
    });
}
