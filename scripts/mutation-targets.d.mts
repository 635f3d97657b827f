/** Type declarations for scripts/mutation-targets.mjs. */
export interface MutationTarget {
  /** The package directory, relative to the root. */
  dir: string;
  /** Globs (relative to the package) of the files to mutate; `!` leaves a file out. */
  mutate: string[];
  /** The package's vitest config for Stryker, when not vitest.config.ts. */
  vitestConfig?: string;
  /** Named slices of `mutate` for a run in pieces (`--slice <name>`). */
  slices?: Record<string, string[]>;
  /** Run only when named (not part of a bare `pnpm test:mutation`). */
  only?: boolean;
}
export declare const TARGETS: Record<"runtime" | "unified" | "chatwoot-webhooks" | "unified-normalizers", MutationTarget> & {
  unified: MutationTarget & { slices: Record<string, string[]> };
};
/** Does `file` (relative to the package) fall under `globs`? */
export declare function matches(file: string, globs: readonly string[]): boolean;
