/**
 * Every ```ts / ```typescript block of every README.md in the repository is a program a user may
 * paste: this type-checks each one as its own ES module, with the repository's strict compiler
 * options, against the BUILT packages (`@org/*` resolve through node_modules to `dist/*.d.ts`,
 * exactly as they do for a user), so run `pnpm build` first.
 *
 * A block preceded by `<!-- readme-check: vitest -->` is a vitest test file: besides being
 * type-checked, scripts/test/readme-blocks.test.ts runs it (so the test-kit example really passes).
 *
 * A block is left out only when the line right before its opening fence (blank lines allowed)
 * is `<!-- readme-check: skip — <reason> -->`, with a reason of at least a few words. A block that
 * needs no skip but has one is not detected; keep skips rare and the reason honest.
 *
 *     tsx scripts/docs/readme-blocks.ts [root]     # prints README:line: error, exits 1 on any
 *
 * `root` (default: this repository) is a git work tree with a tsconfig.base.json; the tool's own
 * test points it at a fixture.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";

export const REPO_ROOT = join(import.meta.dirname, "..", "..");

/** One fenced TypeScript block, located in its README. */
export interface ReadmeBlock {
  /** README path relative to the repository root. */
  readme: string;
  /** 1-based line of the first code line (the line after the opening fence). */
  line: number;
  code: string;
  /** The reason given in a skip marker; undefined when the block is checked. */
  skipReason?: string;
  /** Marked `<!-- readme-check: vitest -->`: a test file to run, not only to type-check. */
  vitest?: boolean;
}

/** A problem found in a README: a type error in a block, or a malformed marker. */
export interface ReadmeProblem {
  readme: string;
  line: number;
  message: string;
}

const FENCE_OPEN = /^(\s*)```(ts|typescript)\s*$/;
const SKIP_MARKER = /^<!--\s*readme-check:\s*skip\b\s*(?:[—:-]\s*)?(.*?)\s*-->\s*$/;
const VITEST_MARKER = /^<!--\s*readme-check:\s*vitest\s*-->\s*$/;
const MIN_REASON_WORDS = 3;

/** Every README.md tracked or untracked-but-not-ignored in the repository (not node_modules). */
export function listReadmes(root = REPO_ROOT): string[] {
  const out = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "--", "README.md", "**/README.md"], {
    cwd: root,
    encoding: "utf8",
  });
  return [...new Set(out.split("\n").filter((f) => f.endsWith("README.md")))].sort();
}

/** The TypeScript blocks of one README's text. */
export function extractBlocks(readme: string, text: string): { blocks: ReadmeBlock[]; problems: ReadmeProblem[] } {
  const lines = text.split("\n");
  const blocks: ReadmeBlock[] = [];
  const problems: ReadmeProblem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i] ?? "");
    if (open === null) {
      // Skip over other fences whole, so a ```ts inside a ```md block is not taken for code.
      if (/^\s*```/.test(lines[i] ?? "")) {
        const fence = (lines[i] ?? "").trim().match(/^`+/)?.[0] ?? "```";
        i++;
        while (i < lines.length && (lines[i] ?? "").trim() !== fence) i++;
      }
      continue;
    }
    const indent = open[1] ?? "";
    const start = i + 1;
    let end = start;
    while (end < lines.length && (lines[end] ?? "").trim() !== "```") end++;
    const code = lines
      .slice(start, end)
      .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
      .join("\n");
    let prev = i - 1;
    while (prev >= 0 && (lines[prev] ?? "").trim() === "") prev--;
    const marker = SKIP_MARKER.exec((lines[prev] ?? "").trim());
    const block: ReadmeBlock = { readme, line: start + 1, code };
    if (marker !== null) {
      const reason = marker[1] ?? "";
      if (reason.split(/\s+/).filter(Boolean).length < MIN_REASON_WORDS) {
        problems.push({ readme, line: prev + 1, message: `skip marker without a reason (at least ${MIN_REASON_WORDS} words)` });
      } else block.skipReason = reason;
    } else if (VITEST_MARKER.test((lines[prev] ?? "").trim())) {
      block.vitest = true;
    } else if (/readme-check/.test(lines[prev] ?? "")) {
      problems.push({ readme, line: prev + 1, message: "unrecognized readme-check marker (use <!-- readme-check: skip — reason --> or <!-- readme-check: vitest -->)" });
    }
    blocks.push(block);
    i = end;
  }
  return { blocks, problems };
}

/** Compiler options for the blocks: the repository's own strict base, no emit. */
function compilerOptions(root: string): ts.CompilerOptions {
  const configPath = join(root, "tsconfig.base.json");
  const read = ts.readConfigFile(configPath, ts.sys.readFile.bind(ts.sys)) as { config: unknown };
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root);
  return { ...parsed.options, noEmit: true, declaration: false, sourceMap: false };
}

/** Type-check every block of every README; returns the problems (empty when all is well). */
export function checkReadmeBlocks(root = REPO_ROOT): { checked: ReadmeBlock[]; skipped: ReadmeBlock[]; problems: ReadmeProblem[] } {
  const work = join(root, ".tmp", "readme-blocks");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const checked: ReadmeBlock[] = [];
  const skipped: ReadmeBlock[] = [];
  const problems: ReadmeProblem[] = [];
  const byFile = new Map<string, ReadmeBlock>();
  for (const readme of listReadmes(root)) {
    const found = extractBlocks(readme, readFileSync(join(root, readme), "utf8"));
    problems.push(...found.problems);
    for (const block of found.blocks) {
      if (block.skipReason !== undefined) {
        skipped.push(block);
        continue;
      }
      const file = join(work, `${readme.replaceAll("/", "__")}.L${block.line}.ts`);
      // `export {}` makes every block its own module, as a user's file would be.
      writeFileSync(file, `${block.code}\nexport {};\n`);
      byFile.set(file, block);
      checked.push(block);
    }
  }
  if (byFile.size > 0) {
    const program = ts.createProgram([...byFile.keys()], compilerOptions(root));
    for (const d of ts.getPreEmitDiagnostics(program)) {
      const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      const block = d.file === undefined ? undefined : byFile.get(d.file.fileName);
      if (d.file === undefined || block === undefined || d.start === undefined) {
        const where = d.file === undefined ? "" : `${relative(root, d.file.fileName)}: `;
        problems.push({ readme: "(compiler)", line: 0, message: `${where}TS${d.code}: ${message}` });
        continue;
      }
      const { line } = d.file.getLineAndCharacterOfPosition(d.start);
      problems.push({ readme: block.readme, line: block.line + line, message: `TS${d.code}: ${message}` });
    }
  }
  return { checked, skipped, problems };
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const root = process.argv[2] === undefined ? REPO_ROOT : resolve(process.argv[2]);
  const { checked, skipped, problems } = checkReadmeBlocks(root);
  for (const p of problems) console.error(`${p.readme}:${p.line}: ${p.message}`);
  for (const s of skipped) console.log(`skipped ${s.readme}:${s.line} — ${s.skipReason ?? ""}`);
  const readmes = new Set(checked.map((b) => b.readme)).size;
  console.log(`readme blocks: ${checked.length} checked in ${readmes} READMEs, ${skipped.length} skipped, ${problems.length} problems`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
