import { setTimeout as sleep } from 'node:timers/promises';

/**
 * How a command lost to a concurrent writer tries again: bounded exponential backoff with
 * full jitter (a random wait between 0 and min(cap, base * 2^attempt)). Writers that
 * collided wait different times, so they stop colliding on the next round, instead of all
 * rereading at once and colliding again as with an immediate retry.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** Waits before attempt `attempt + 1` (attempt counts from 1). */
  pause(attempt: number): Promise<void>;
}

export interface BackoffSettings {
  maxAttempts: number;
  baseMs: number;
  capMs: number;
}

/** ~10 attempts, waiting up to 2, 4, 8 … 200 ms: worst case about a second of waiting in all. */
export const DEFAULT_BACKOFF: BackoffSettings = { maxAttempts: 10, baseMs: 2, capMs: 200 };

export function backoffWithJitter(settings: BackoffSettings = DEFAULT_BACKOFF, random: () => number = Math.random): RetryPolicy {
  return {
    maxAttempts: settings.maxAttempts,
    pause: (attempt) => sleep(jitteredDelay(settings, attempt, random)),
  };
}

export function jitteredDelay(settings: BackoffSettings, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(settings.capMs, settings.baseMs * 2 ** attempt);
  return random() * ceiling;
}

export const RETRY_POLICY = Symbol('RETRY_POLICY');
