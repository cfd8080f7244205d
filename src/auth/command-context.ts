import { randomUUID } from 'node:crypto';
import type { Actor, EventMetadata } from '../event-store/event-store.port';
import type { Clock } from '../shared/clock';

/** Who asks, and which request the resulting events belong to. */
export interface CommandContext {
  actor: Actor;
  correlationId: string;
  causationId: string;
}

/** Actor of events the application writes on its own (demo seeding, start-up tasks). */
export const SYSTEM_ACTOR: Actor = Object.freeze({ id: 'system', role: 'system' });

/**
 * Each command gets an id that is the causation of the events it writes; the correlation id
 * is the caller's (X-Correlation-Id) when it sent a usable one, so a whole flow can be traced.
 */
export function newCommandContext(actor: Actor, correlationId?: string): CommandContext {
  const commandId = randomUUID();
  return {
    actor: { id: actor.id, role: actor.role },
    correlationId: usableCorrelationId(correlationId) ?? commandId,
    causationId: commandId,
  };
}

export function eventMetadata(context: CommandContext, clock: Clock): EventMetadata {
  return {
    correlationId: context.correlationId,
    causationId: context.causationId,
    actor: { id: context.actor.id, role: context.actor.role },
    recordedAt: clock.now().toISOString(),
    schemaVersion: 1,
  };
}

function usableCorrelationId(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && /^[A-Za-z0-9._:-]{1,100}$/.test(trimmed) ? trimmed : undefined;
}
