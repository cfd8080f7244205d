import { ACTOR_ROLES, type ActorRole } from '../../contracts';
import type { CommandContext } from '../../command-handling/command-context';
import type { Actor } from '../../domain';

/**
 * The domain's view of who acts: the context's user, with the sector a referent acts for.
 * The context types the role as a plain string; an unknown role is a wiring bug, not a
 * client error, so it fails loudly.
 */
export function domainActor(actor: CommandContext['actor']): Actor {
  if (!(ACTOR_ROLES as readonly string[]).includes(actor.role)) {
    throw new Error(`Unknown actor role "${actor.role}"`);
  }
  return { id: actor.id, role: actor.role as ActorRole, ...(actor.sectorId ? { sectorId: actor.sectorId } : {}) };
}
