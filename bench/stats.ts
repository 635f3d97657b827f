/** Order statistics for benchmark samples: medians, percentiles and the spread across repetitions. */

/** The value at quantile `q` (0..1) of ascending `sorted`, linearly interpolated. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const at = (n - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (b - a) * (at - lo);
}

function ascending(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** The median of `values` (any order). */
export function median(values: ArrayLike<number>): number {
  return quantile(ascending(values), 0.5);
}

/** Median, p99 and extremes of one pool of samples. */
export interface Distribution {
  readonly n: number;
  readonly median: number;
  readonly p99: number;
  readonly min: number;
  readonly max: number;
}

export function distribution(values: ArrayLike<number>): Distribution {
  const sorted = ascending(values);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** One figure measured once per repetition: its median over the repetitions and their range. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** One value per repetition, in run order. */
  readonly runs: readonly number[];
}

export function spread(runs: readonly number[]): Spread {
  const d = distribution(runs);
  return { median: d.median, min: d.min, max: d.max, runs };
}

/** Round to `digits` significant digits (for JSON and tables). */
export function sig(value: number, digits = 3): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(digits));
}

/** Rotates `items` left by `by` (interleaving: each repetition starts with a different variant). */
export function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return [];
  const k = ((by % items.length) + items.length) % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/**
 * The order of `items` in repetition `round`: rotated by the round, and reversed every other
 * round, so no variant always runs first, last, or right after the same neighbour.
 */
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  const rotated = rotate(items, round);
  return round % 2 === 1 ? rotated.reverse() : rotated;
}
