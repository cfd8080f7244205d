import type { ActorRole, Instant } from '../../contracts';
import { DomainError } from './domain-error';

/** Who issues a command. Referents act for one sector; `system` is a process manager. */
export interface Actor {
  id: string;
  role: ActorRole;
  /** The sector a referent acts for. */
  sectorId?: string;
}

/** What every command carries besides its own data: who, and when (time is never read from a clock here). */
export interface CommandEnvelope<Type extends string> {
  type: Type;
  actor: Actor;
  at: Instant;
}

/**
 * Refuses a command whose actor's role is not among the allowed ones. Managers and
 * auditors are never among them: they read, they never change anything.
 */
export function requireRole(actor: Actor, allowed: readonly ActorRole[], commandType: string): void {
  if (!allowed.includes(actor.role)) {
    throw new DomainError('ROLE_NOT_ALLOWED', `Role '${actor.role}' may not ${commandType}`, {
      role: actor.role,
      command: commandType,
      allowedRoles: allowed,
    });
  }
}
