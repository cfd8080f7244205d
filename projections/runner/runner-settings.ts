/** Tunables of the runner, with the defaults production uses. */
export interface RunnerSettings {
  /** Most events applied in one transaction while following the log. */
  batchSize: number;
  /**
   * Most events applied in one transaction of a rebuild from zero: larger than a live batch,
   * because a rebuild is throughput, not latency (measured on 1M events: 43k events/s at 500,
   * 53k at 1000, 55k at 2000; bench/projections).
   */
  rebuildBatchSize: number;
  /**
   * While events keep coming, a live follower starts a batch at most this often: what arrives
   * meanwhile joins the next batch instead of costing a transaction of its own. The first
   * event after a quiet spell, and a follower catching up (full batches), never wait.
   * (bench:commands, one client: 49 -> 86 register+route/s, server CPU 15.6 -> 8.3 ms per
   * operation; the queue lag at 20 appends/s goes from p99 15 ms to 119, target 200.)
   */
  liveBatchIntervalMs: number;
  /** How often a standby runner tries to take the lease over. */
  leaseRetryMs: number;
  /** How often the holder asks the server whether it still holds the lease. */
  leaseCheckMs: number;
  /** Pause before a projection retries after an error that is not its handler's (database down...). */
  errorRetryMs: number;
  /** Lag above this many events is reported as "at least" this many: counting reads the log. */
  lagCountLimit: number;
  /** waitForPosition re-checks at least this often (it is also woken by each local commit). */
  waitPollMs: number;
  /** First retry of a quarantined stream after this long; each further failure doubles it. */
  quarantineRetryMs: number;
  /** The longest wait between two retries of a quarantined stream. */
  quarantineRetryMaxMs: number;
}

export const DEFAULT_RUNNER_SETTINGS: RunnerSettings = {
  batchSize: 500,
  rebuildBatchSize: 2000,
  liveBatchIntervalMs: 100,
  leaseRetryMs: 2000,
  leaseCheckMs: 5000,
  errorRetryMs: 1000,
  lagCountLimit: 1000,
  waitPollMs: 200,
  quarantineRetryMs: 1000,
  quarantineRetryMaxMs: 300_000,
};

export function runnerSettings(overrides: Partial<RunnerSettings> = {}): RunnerSettings {
  const settings = { ...DEFAULT_RUNNER_SETTINGS, ...overrides };
  for (const [key, value] of Object.entries(settings)) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`Projection runner setting ${key} must be a positive integer`);
  }
  return settings;
}
