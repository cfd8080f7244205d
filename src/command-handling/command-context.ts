import { randomUUID } from 'node:crypto';
import type { Actor } from '../domain/shared/actor';
import type { EventMetadata } from '../event-store/event-store.port';
import type { Clock } from '../shared/clock';

/** Everything about a command that is not its payload: who, why, and how to retry it safely. */
export interface CommandContext {
  /** Stable name of the use case, e.g. 'route-case': scopes idempotency keys. */
  commandName: string;
  actor: Actor;
  correlationId: string;
  /** The command's id, the causation of its events; derived from the Idempotency-Key when there is one. */
  causationId?: string;
  /** Idempotency-Key header: a retry with the same key gets the first answer. */
  idempotencyKey?: string;
  /** If-Match header: the revision the caller last saw; a mismatch is 412. */
  expectedRevision?: number;
  /** What the caller sent (path parameters and body): the Idempotency-Key's fingerprint. */
  request?: unknown;
}

/** Actor of events the application writes on its own (demo seeding, start-up tasks). */
export const SYSTEM_ACTOR: Actor = Object.freeze({ id: 'system', role: 'system' });

/**
 * A context for a command issued outside the HTTP command endpoint (CLI, seeding, start-up):
 * its own command id as causation; the caller's correlation id when it is usable, so a whole
 * flow can be traced.
 */
export function newCommandContext(commandName: string, actor: Actor, correlationId?: string): CommandContext {
  const commandId = randomUUID();
  return {
    commandName,
    actor: { id: actor.id, role: actor.role, ...(actor.sectorId ? { sectorId: actor.sectorId } : {}) },
    correlationId: usableCorrelationId(correlationId) ?? commandId,
    causationId: commandId,
  };
}

/** Metadata of an event written outside DecideAndAppend (which derives the causation itself). */
export function eventMetadata(context: CommandContext, clock: Clock): EventMetadata {
  return {
    correlationId: context.correlationId,
    causationId: context.causationId ?? randomUUID(),
    actor: { id: context.actor.id, role: context.actor.role },
    recordedAt: clock.now().toISOString(),
    schemaVersion: 1,
  };
}

export function usableCorrelationId(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && /^[A-Za-z0-9._:-]{1,100}$/.test(trimmed) ? trimmed : undefined;
}
