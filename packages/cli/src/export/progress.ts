/**
 * Export progress on stderr. On a terminal: a cli-progress bar (conversations and messages done,
 * messages per second, and an ETA when the vendor reports a total). Off a terminal: one plain line
 * every `everyMs`, and a last one at the end. The clock is injected, so the figures are testable.
 */
import { Presets, SingleBar } from "cli-progress";

/** Counts so far. */
export interface Counts {
  readonly conversations: number;
  readonly messages: number;
}

/** What the export loop talks to. */
export interface ProgressReporter {
  update(counts: Counts): void;
  /** The vendor's total, once known: the bar gets a percentage and an ETA. */
  setTotal(total: number): void;
  /** Stop drawing; `summary` is printed as the last line. */
  stop(summary: string): void;
}

/** Settings of a reporter. */
export interface ProgressOptions {
  readonly label: string;
  /** Counts already done by an earlier run (a resume): not part of this run's rate. */
  readonly startAt: Counts;
  readonly now: () => number;
  readonly stream: NodeJS.WriteStream;
  /** Interval between plain lines off a terminal. */
  readonly everyMs: number;
}

/** What the figures depend on besides the counts. */
export interface RateBasis {
  /** Conversations in the export, when the vendor reports it. */
  readonly total: number | undefined;
  /** Counts already done by an earlier run (a resume): not part of this run's rate. */
  readonly startAt: Counts;
}

/** Messages per second and the ETA in seconds (when `total` is known), from this run's figures. */
export function rates(counts: Counts, options: RateBasis, elapsedMs: number): { perSecond: number; etaSeconds: number | undefined } {
  const seconds = Math.max(elapsedMs / 1000, 0.001);
  const perSecond = (counts.messages - options.startAt.messages) / seconds;
  const conversationRate = (counts.conversations - options.startAt.conversations) / seconds;
  const left = options.total === undefined ? undefined : Math.max(options.total - counts.conversations, 0);
  const etaSeconds = left === undefined || conversationRate <= 0 ? undefined : Math.round(left / conversationRate);
  return { perSecond, etaSeconds };
}

/** The plain progress line. */
export function progressLine(label: string, counts: Counts, options: RateBasis, elapsedMs: number): string {
  const { perSecond, etaSeconds } = rates(counts, options, elapsedMs);
  const of = options.total === undefined ? "" : ` of ${options.total}`;
  const eta = etaSeconds === undefined ? "" : `, ETA ${etaSeconds} s`;
  return `${label}: ${counts.conversations}${of} conversations, ${counts.messages} messages, ${Math.round(perSecond)} messages/s${eta}`;
}

const UNKNOWN_TOTAL = "{value} conversations | {messages} messages | {rate} msg/s";
const KNOWN_TOTAL = "{bar} {percentage}% | {value}/{total} conversations | {messages} messages | {rate} msg/s | ETA {eta_formatted}";

function barReporter(options: ProgressOptions): ProgressReporter {
  const started = options.now();
  let total: number | undefined;
  let latest: Counts = options.startAt;
  const make = (format: string) => new SingleBar({ stream: options.stream, format: `${options.label} ${format}`, hideCursor: true, clearOnComplete: false, etaBuffer: 50 }, Presets.shades_classic);
  let bar = make(UNKNOWN_TOTAL);
  const payload = (counts: Counts) => ({ messages: counts.messages, rate: Math.round(rates(counts, { total, startAt: options.startAt }, options.now() - started).perSecond) });
  bar.start(0, latest.conversations, payload(latest));
  return {
    update(counts) {
      latest = counts;
      bar.update(counts.conversations, payload(counts));
    },
    setTotal(value) {
      total = value;
      bar.stop();
      bar = make(KNOWN_TOTAL);
      bar.start(value, latest.conversations, payload(latest));
    },
    stop(summary) {
      bar.stop();
      options.stream.write(`${summary}\n`);
    },
  };
}

function lineReporter(options: ProgressOptions): ProgressReporter {
  const started = options.now();
  let last = started;
  let latest: Counts = options.startAt;
  let total: number | undefined;
  return {
    update(counts) {
      latest = counts;
      const now = options.now();
      if (now - last < options.everyMs) return;
      last = now;
      options.stream.write(`${progressLine(options.label, latest, { total, startAt: options.startAt }, now - started)}\n`);
    },
    setTotal(value) {
      total = value;
    },
    stop(summary) {
      options.stream.write(`${summary}\n`);
    },
  };
}

/** A bar on a terminal, plain lines elsewhere. */
export function progressReporter(options: ProgressOptions): ProgressReporter {
  return options.stream.isTTY ? barReporter(options) : lineReporter(options);
}
