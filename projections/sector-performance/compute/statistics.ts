/**
 * The statistics the reports print. Plain functions over plain numbers; null when there is
 * nothing to compute from, so a report never prints a 0 that was never measured.
 */

/** The middle value; the mean of the two middle values when the count is even. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The nearest-rank percentile: the smallest value with at least p% of the values at or
 * below it. Always one of the values, so "90% of replies came within N days" reads true.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (p <= 0 || p > 100) throw new RangeError(`A percentile is above 0 and at most 100 (got ${p})`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1];
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** part / whole, between 0 and 1; null when the whole is empty. */
export function share(part: number, whole: number): number | null {
  if (part < 0 || part > whole) throw new RangeError(`A share needs 0 <= part <= whole (got ${part} of ${whole})`);
  return whole === 0 ? null : part / whole;
}
