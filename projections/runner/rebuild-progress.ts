/**
 * How far a rebuild has got, and an ESTIMATE of what is left. The log cannot be counted
 * cheaply, so the estimate reads the positions: the `prepare` part grows with the log (the
 * PostgreSQL sequence number, EventStoreDB's log offset), so the share of the prepare range
 * between the first matching event and the target already passed approximates the share
 * of the work done. It is rough when the projection's events are unevenly spread.
 */
import type { Position } from '../../src/read-side';

export interface RebuildProgress {
  projection: string;
  /** Events applied to the rebuild tables so far (including a resumed run's earlier ones). */
  eventsApplied: number;
  /** Events applied by this run, over elapsedMs: the rate. */
  eventsThisRun: number;
  elapsedMs: number;
  eventsPerSecond: number;
  checkpoint: Position | null;
  /** The last matching event when the rebuild last looked: it swaps once it gets there. */
  target: Position | null;
  /** 0..1, estimated; null when there is nothing to go by. */
  fractionDone: number | null;
  estimatedTotalEvents: number | null;
  estimatedMsLeft: number | null;
}

export interface ProgressInput {
  projection: string;
  eventsApplied: number;
  eventsThisRun: number;
  elapsedMs: number;
  first: Position | null;
  checkpoint: Position | null;
  target: Position | null;
}

export function estimateProgress(input: ProgressInput): RebuildProgress {
  const { eventsApplied, eventsThisRun, elapsedMs } = input;
  const eventsPerSecond = elapsedMs > 0 ? (eventsThisRun * 1000) / elapsedMs : 0;
  const fractionDone = fractionOfRange(input.first, input.checkpoint, input.target);
  const estimatedTotalEvents = fractionDone && fractionDone > 0 ? Math.round(eventsApplied / fractionDone) : null;
  const eventsLeft = estimatedTotalEvents === null ? null : Math.max(0, estimatedTotalEvents - eventsApplied);
  const estimatedMsLeft = eventsLeft === null || eventsPerSecond === 0 ? null : Math.round((eventsLeft / eventsPerSecond) * 1000);
  return {
    projection: input.projection,
    eventsApplied,
    eventsThisRun,
    elapsedMs,
    eventsPerSecond,
    checkpoint: input.checkpoint,
    target: input.target,
    fractionDone,
    estimatedTotalEvents,
    estimatedMsLeft: fractionDone === 1 ? 0 : estimatedMsLeft,
  };
}

function fractionOfRange(first: Position | null, current: Position | null, target: Position | null): number | null {
  if (!first || !target) return null;
  if (!current) return 0;
  const span = target.prepare - first.prepare;
  if (span <= 0) return current.prepare >= target.prepare ? 1 : null;
  return Math.min(1, Math.max(0, (current.prepare - first.prepare) / span));
}

/** One line for a terminal: "operator_queue: 1,234,567 events, 41,200/s, 37% (est.), ~1m 12s left". */
export function formatProgress(progress: RebuildProgress): string {
  const parts = [
    `${progress.projection}: ${progress.eventsApplied.toLocaleString('en-US')} events`,
    `${Math.round(progress.eventsPerSecond).toLocaleString('en-US')}/s`,
  ];
  if (progress.fractionDone !== null) parts.push(`${Math.floor(progress.fractionDone * 100)}% (est.)`);
  if (progress.estimatedTotalEvents !== null) parts.push(`~${progress.estimatedTotalEvents.toLocaleString('en-US')} total`);
  parts.push(progress.estimatedMsLeft === null ? 'time left unknown' : `~${formatDuration(progress.estimatedMsLeft)} left`);
  return parts.join(', ');
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0) return `${hours}h ${minutes}m`;
  if (minutes > 0) return `${minutes}m ${rest}s`;
  return `${rest}s`;
}
