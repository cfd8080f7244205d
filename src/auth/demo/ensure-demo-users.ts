import type { Role } from '../roles';
import { CommandContext, newCommandContext, SYSTEM_ACTOR } from '../../command-handling/command-context';
import { createUser, NewUser, UsernameTakenError } from '../create-user/create-user';
import { findUserByUsername } from '../users/user-reads';
import type { UserState } from '../users/user-state';
import type { UserStoreDeps } from '../users/user-store-deps';

export const DEMO_PASSWORD = 'demo';

export interface DemoUser {
  id: string;
  username: string;
  /** The password the demo user was created with; a user may have changed it since. */
  password: string;
  displayName: string;
  role: Role;
  sectorId?: string;
}

/**
 * Demo accounts named after their role, plus one referent per sector. Idempotent: users that
 * exist are returned as they are, so it is safe on every start.
 */
export async function ensureDemoUsers(deps: UserStoreDeps, sectors: { id: string; slug: string }[]): Promise<DemoUser[]> {
  const context = newCommandContext('ensure-demo-users', SYSTEM_ACTOR);
  const users: DemoUser[] = [];
  for (const command of demoUserCommands(sectors)) {
    const user = await ensureUser(deps, command, context);
    users.push({
      id: user.id,
      username: user.username,
      password: DEMO_PASSWORD,
      displayName: user.displayName,
      role: user.role,
      ...(user.sectorId ? { sectorId: user.sectorId } : {}),
    });
  }
  return users;
}

function demoUserCommands(sectors: { id: string; slug: string }[]): NewUser[] {
  const base: NewUser[] = [
    { username: 'operator', displayName: 'Operatore URP (demo)', role: 'operator', password: DEMO_PASSWORD },
    { username: 'manager', displayName: 'Responsabile URP (demo)', role: 'manager', password: DEMO_PASSWORD },
    { username: 'auditor', displayName: 'Revisore (demo)', role: 'auditor', password: DEMO_PASSWORD },
    { username: 'admin', displayName: 'Amministratore (demo)', role: 'admin', password: DEMO_PASSWORD },
  ];
  const referents = sectors.map<NewUser>((sector) => ({
    username: `referent-${sector.slug}`,
    displayName: `Referente ${sector.slug} (demo)`,
    role: 'referent',
    sectorId: sector.id,
    password: DEMO_PASSWORD,
  }));
  return [...base, ...referents];
}

async function ensureUser(deps: UserStoreDeps, command: NewUser, context: CommandContext): Promise<UserState> {
  const existing = await findUserByUsername(deps.eventStore, command.username);
  if (existing) return existing;
  try {
    return await createUser(deps, command, context);
  } catch (error) {
    // Another process seeding at the same time won the race: its user is as good as ours.
    if (!(error instanceof UsernameTakenError)) throw error;
    const winner = await findUserByUsername(deps.eventStore, command.username);
    if (!winner) throw error;
    return winner;
  }
}
