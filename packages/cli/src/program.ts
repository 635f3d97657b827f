/**
 * The commander program: global options, the four commands, help with examples and the exit
 * codes. Commander's own usage errors (unknown option, missing argument) exit 1.
 */
import { Command, CommanderError } from "commander";
import { doctorCommand } from "./commands/doctor.js";
import { exportCommand } from "./commands/export.js";
import { listenCommand } from "./commands/listen.js";
import { triggerCommand } from "./commands/trigger.js";
import { TRANSPORT } from "./connect.js";
import { commandContext, type CommandContext, type GlobalOptions } from "./context.js";
import { CliError, EXIT } from "./exit-codes.js";

const OVERVIEW = `
Connections come from conversations.config.json (or --config, or $CONVERSATIONS_CONFIG):
  { "connections": { "support": { "vendor": "chatwoot", "baseUrl": "https://chat.example.com", "accountId": 1 } } }
and/or the environment: CONVERSATIONS_<NAME>_VENDOR, _BASE_URL, _ACCOUNT_ID, _AGENT_ID.
Credentials only from the environment (CONVERSATIONS_<NAME>_TOKEN, or the connection's
"credentialEnv") or a prompt on a terminal; never from a file, never printed.

Exit codes: 0 ok, 1 usage, 2 configuration, 3 vendor error, 130 interrupted.

Examples:
  $ CONVERSATIONS_SUPPORT_TOKEN=... conversations doctor
  $ conversations export support -o support.jsonl
  $ conversations listen support --forward-to http://localhost:3000/webhooks --secret whsec_test
  $ conversations trigger message_created --to http://localhost:3000/webhooks --secret whsec_test`;

/** The program for one run; `signal` aborts on SIGINT/SIGTERM. */
export function buildProgram(version: string, signal: AbortSignal): Command {
  const program = new Command("conversations")
    .description("Export conversations, forward live events as signed webhooks, send sample webhooks and check credentials — 5chat, LiveChatAI, Chatwoot.")
    .version(version, "-V, --version")
    .option("-c, --config <file>", "connections config file (default: ./conversations.config.json)")
    .option("--retries <n>", `retries per request on 429, 5xx and connection failures, honouring Retry-After (default ${TRANSPORT.maxRetries})`)
    .option("-v, --verbose", "log what the CLI does (credentials redacted) and show stacks of errors")
    .addHelpText("after", OVERVIEW)
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  let cached: CommandContext | undefined;
  const context = () => (cached ??= commandContext(program.opts<GlobalOptions>(), signal));
  exportCommand(program, context);
  listenCommand(program, context);
  triggerCommand(program, context);
  doctorCommand(program, context);
  for (const command of program.commands) command.exitOverride().showHelpAfterError("(run with --help for usage)");
  return program;
}

/** A commander exit (help, version, usage error) → our exit code. */
export function commanderExit(error: CommanderError): number {
  if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT.ok;
  return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
}

export { CliError };
