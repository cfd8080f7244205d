/** Tuning of the hash chainer; the defaults suit a municipal office's event rate. */
export interface HashChainerSettings {
  /** Links written per transaction at most. */
  batchSize: number;
  /** How long a batch waits for one more event before it is written. */
  lingerMs: number;
  /** Pause after a failure (store or database unreachable) before starting again. */
  retryMs: number;
  /** How often a standby chainer tries to take the lease. */
  standbyRetryMs: number;
}

export const DEFAULT_CHAINER_SETTINGS: HashChainerSettings = Object.freeze({
  batchSize: 500,
  lingerMs: 25,
  retryMs: 1000,
  standbyRetryMs: 5000,
});
