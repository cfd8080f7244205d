/** How the deadline process manager runs in this process. */
export interface DeadlinesOptions {
  /** Tick on a schedule from bootstrap to shutdown (URP_MODE 'all' or 'projections'). A tick can always be asked for. */
  run: boolean;
  /** Real time between the end of one scheduled tick and the start of the next; 0: no schedule, ticks on request only. */
  tickIntervalMs: number;
  /** How long a tick waits for the timers follower to reach the end of the log before it gives up. */
  timersWaitMs?: number;
  /** Due timers read per page of the keyset. */
  dueBatchSize?: number;
  /** First retry of a quarantined case after this long (application clock); doubled at each further failure. */
  quarantineRetryMs?: number;
  /** The longest wait between two retries of a quarantined case. */
  quarantineRetryMaxMs?: number;
}

export type ResolvedDeadlinesOptions = Required<DeadlinesOptions>;

export const DEADLINES_OPTIONS = Symbol('DEADLINES_OPTIONS');

export const DEFAULT_TICK_INTERVAL_MS = 60_000;

export function resolveDeadlinesOptions(options: DeadlinesOptions): ResolvedDeadlinesOptions {
  const resolved = { timersWaitMs: 30_000, dueBatchSize: 100, quarantineRetryMs: 60_000, quarantineRetryMaxMs: 6 * 3_600_000, ...options };
  const { tickIntervalMs, timersWaitMs, dueBatchSize } = resolved;
  if (!Number.isInteger(tickIntervalMs) || tickIntervalMs < 0) throw new Error('Deadlines tickIntervalMs must be a non-negative integer');
  if (!Number.isInteger(timersWaitMs) || timersWaitMs < 1) throw new Error('Deadlines timersWaitMs must be a positive integer');
  if (!Number.isInteger(dueBatchSize) || dueBatchSize < 1) throw new Error('Deadlines dueBatchSize must be a positive integer');
  for (const key of ['quarantineRetryMs', 'quarantineRetryMaxMs'] as const) {
    if (!Number.isInteger(resolved[key]) || resolved[key] < 1) throw new Error(`Deadlines ${key} must be a positive integer`);
  }
  return resolved;
}

