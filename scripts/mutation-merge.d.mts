/** Type declarations for scripts/mutation-merge.mjs. */
export interface Counts {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  /** Compile errors, run-time errors and pending mutants: not scored. */
  errors: number;
}
export interface Survivor {
  line: number;
  column: number;
  mutator: string;
  replacement: string;
  status: "Survived" | "NoCoverage";
}
export interface FileRow extends Counts {
  file: string;
  /** The slice report the file was taken from. */
  from: string;
  /** Mutation score in percent, or null when no mutant was scored. */
  score: number | null;
  survivors: Survivor[];
}
/** A slice report: its name, its modification time (ms) and Stryker's JSON report. */
export interface SliceReport {
  name: string;
  time: number;
  report: { files: Record<string, { mutants: readonly { status: string; mutatorName: string; replacement?: string; location: { start: { line: number; column: number } } }[] }> };
}
export declare function countFile(mutants: readonly { status: string }[]): Counts;
export declare function score(counts: Counts): number | null;
export declare function merge(reports: readonly SliceReport[]): { rows: FileRow[]; total: Counts & { score: number | null } };
export declare function toMarkdown(merged: ReturnType<typeof merge>, options?: { survivors?: boolean }): string;
export declare function readReports(dir: string, target: string): SliceReport[];
