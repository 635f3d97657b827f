/**
 * Names a generated type alias must not take, computed by the TypeScript compiler so the list
 * cannot go stale: every global type or value of the libraries the packages compile against
 * (ES2022 + DOM, as tsconfig.base.json says: an alias `Error` would shadow the global `Error`
 * for anyone importing it) and everything `@org/runtime/errors` exports (the vendor packages
 * re-export that module next to their aliases; a clash would make the name ambiguous).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** The source of `@org/runtime/errors` (see packages/runtime/tsdown.config.ts). */
export const RUNTIME_ERRORS_SOURCE = "packages/runtime/src/errors.ts";

let cached;

/** @param {string} root the repository root @returns {{ globals: Set<string>, runtime: Set<string> }} */
export function reservedNames(root) {
  if (cached) return cached;
  const errorsFile = join(root, RUNTIME_ERRORS_SOURCE);
  if (!existsSync(errorsFile)) throw new Error(`generate: ${RUNTIME_ERRORS_SOURCE} not found; update RUNTIME_ERRORS_SOURCE`);
  const options = {
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: [],
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
  };
  const program = ts.createProgram([errorsFile], options);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(errorsFile);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  const runtime = new Set(checker.getExportsOfModule(moduleSymbol).map((s) => s.name));
  // Symbols in scope at the top of a module file: its own declarations plus the globals.
  const own = new Set(runtime);
  const globals = new Set(
    checker
      .getSymbolsInScope(source, ts.SymbolFlags.Type | ts.SymbolFlags.Value | ts.SymbolFlags.Namespace)
      .map((s) => s.name)
      .filter((name) => !own.has(name) && /^[A-Z]/.test(name)),
  );
  cached = { globals, runtime };
  return cached;
}
