import type { Actor } from '../event-store/event-store.port';

/** Everything about a command that is not its payload: who, why, and how to retry it safely. */
export interface CommandContext {
  /** Stable name of the use case, e.g. 'route-case': scopes idempotency keys. */
  commandName: string;
  actor: Actor & { sectorId?: string };
  correlationId: string;
  /** Idempotency-Key header: a retry with the same key gets the first answer. */
  idempotencyKey?: string;
  /** If-Match header: the revision the caller last saw; a mismatch is 412. */
  expectedRevision?: number;
}
