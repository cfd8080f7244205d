/** Timing and memory helpers of the projections benchmark. */
import { percentile } from '../support/bench-database';

export interface Latencies {
  p50: number;
  p99: number;
  samples: number;
}

/** Runs `operation` `samples` times in a row (after a few warm-up runs) and gives its latency percentiles in ms. */
export async function latencies(samples: number, operation: () => Promise<unknown>): Promise<Latencies> {
  for (let warmUp = 0; warmUp < 5; warmUp++) await operation();
  const measured: number[] = [];
  for (let n = 0; n < samples; n++) {
    const started = performance.now();
    await operation();
    measured.push(performance.now() - started);
  }
  measured.sort((a, b) => a - b);
  return { p50: percentile(measured, 50), p99: percentile(measured, 99), samples };
}

/** Samples this process's resident memory while work runs; the peak, in MiB. */
export async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakRssMiB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakRssMiB: peak / (1024 * 1024) };
  } finally {
    clearInterval(timer);
  }
}
