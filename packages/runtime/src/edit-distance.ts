/** The Levenshtein distance behind every "did you mean" suggestion of the SDK. */

/**
 * Edit distance between two short strings (case-insensitive), for "did you mean" suggestions: the
 * runtime's unknown-option check and `@org/unified`'s checks of what callers pass.
 *
 * @param a - One string.
 * @param b - The other.
 * @returns The Levenshtein distance.
 */
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
