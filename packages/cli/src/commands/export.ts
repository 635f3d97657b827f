/** `conversations export <connection>`: options → {@link runExport}. */
import { extname, resolve } from "node:path";
import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { usageError } from "../exit-codes.js";
import { runExport } from "../export/run-export.js";
import { CSV_COLUMNS } from "../export/records.js";

/** The options commander hands over. */
interface ExportFlags {
  readonly output?: string;
  readonly format?: string;
  readonly raw?: boolean;
  readonly status?: string;
  readonly since?: string;
  readonly resume?: boolean;
  readonly force?: boolean;
  readonly pageSize?: string;
  readonly progressEvery: string;
}

function positiveNumber(text: string, option: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw usageError(`${option} must be a positive number, got "${text}"`);
  return n;
}

/** Register the command. */
export function exportCommand(program: Command, context: () => CommandContext): void {
  program
    .command("export")
    .description("export every conversation of a connection with all its messages (JSONL or CSV), resumably")
    .argument("<connection>", "a configured connection name")
    .option("-o, --output <file>", "write to this file (a checkpoint is kept beside it); default: stdout")
    .option("-f, --format <format>", "jsonl (one conversation per line) or csv (one message per row); default: from the file name, else jsonl")
    .option("--raw", "JSONL: keep each object's vendor payload in `raw`")
    .option("--status <status>", "only conversations with this status (open, pending, resolved, snoozed; as the vendor allows)")
    .option("--since <date>", "only conversations with activity on or after this ISO date (filtered as listed)")
    .option("--resume", "continue an interrupted export of --output from its checkpoint")
    .option("--force", "overwrite --output (and drop its checkpoint)")
    .option("--page-size <n>", "conversations per page, where the vendor lets the caller choose")
    .option("--progress-every <seconds>", "off a terminal: seconds between progress lines on stderr", "5")
    .addHelpText(
      "after",
      `
CSV columns: ${CSV_COLUMNS.join(", ")}
(a conversation without messages is one row with empty message columns)

Examples:
  $ conversations export support -o support.jsonl
  $ conversations export support -o support.jsonl --resume        # after Ctrl-C or a crash
  $ conversations export support --format csv --status resolved > resolved.csv
  $ conversations export bot -o bot.jsonl --since 2024-01-01 --raw`,
    )
    .action(async (name: string, flags: ExportFlags) => {
      const ctx = context();
      const output = flags.output === undefined || flags.output === "-" ? undefined : resolve(ctx.cwd, flags.output);
      const format = flags.format ?? (output !== undefined && extname(output).toLowerCase() === ".csv" ? "csv" : "jsonl");
      if (format !== "jsonl" && format !== "csv") throw usageError(`--format must be jsonl or csv, got "${format}"`);
      if (flags.raw === true && format === "csv") throw usageError("--raw is for JSONL; CSV has the documented columns only");
      const since = flags.since === undefined ? undefined : new Date(flags.since);
      if (since !== undefined && Number.isNaN(since.getTime())) throw usageError(`--since must be a date such as 2024-01-31 or 2024-01-31T12:00:00Z, got "${flags.since}"`);
      if (flags.resume === true && flags.force === true) throw usageError("--resume and --force exclude each other");
      const { connection, sdk } = await ctx.open(name);
      await runExport({
        connection,
        sdk,
        output,
        format,
        raw: flags.raw === true,
        status: flags.status,
        since,
        resume: flags.resume === true,
        force: flags.force === true,
        pageSize: flags.pageSize === undefined ? undefined : positiveNumber(flags.pageSize, "--page-size"),
        progressEveryMs: positiveNumber(flags.progressEvery, "--progress-every") * 1000,
        signal: ctx.signal,
        now: ctx.now,
      });
    });
}
