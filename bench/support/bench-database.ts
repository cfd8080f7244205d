/**
 * Benchmarks run on a fresh, migrated database on the server named by DATABASE_URL
 * (default: the local server at 127.0.0.1:5432), or on an embedded PostgreSQL when
 * BENCH_EMBEDDED=1. The database is dropped afterwards.
 */
import { provisionTestDatabase, TestDatabase } from '../../test/support/database';

export async function provisionBenchDatabase(): Promise<TestDatabase> {
  if (process.env.BENCH_EMBEDDED === '1') delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
  return provisionTestDatabase();
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export function formatRate(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
