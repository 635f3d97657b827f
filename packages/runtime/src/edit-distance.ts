/** The one "did you mean" of the SDK: the runtime's option check and `@org/unified`'s checks of what callers pass. */

/** The case-insensitive Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let row = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length] ?? 0;
}

/** The name a caller most likely meant: `habits[key]` (`baseURL` → `baseUrl`) if known, else the closest of `known` within `max(2, ⌊length / 3⌋)` edits, case ignored. */
export function didYouMean(key: string, known: readonly string[], habits: Readonly<Record<string, string>> = {}): string | undefined {
  const habit = Object.hasOwn(habits, key) ? habits[key] : undefined;
  if (habit !== undefined && known.includes(habit)) return habit;
  let best: string | undefined;
  let bestScore = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const name of known) {
    const score = editDistance(key, name);
    if (score < bestScore) [best, bestScore] = [name, score];
  }
  return best;
}
