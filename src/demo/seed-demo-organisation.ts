/**
 * Seeds the demo organisation through the real command handlers: the demo users, the ten
 * sectors with their referents, the category catalogue, the charter's standards and its
 * mid-year revision.
 * Idempotent: ids derive from slugs and codes, and every command carries an
 * Idempotency-Key, so a second run finds each command applied and appends nothing.
 */
import { DemoUser, ensureDemoUsers } from '../auth';
import { AdoptStandardCommand, ReviseStandardCommand } from '../charter';
import type { CommandContext } from '../command-handling/command-context';
import { categoryStream, charterStandardStream, sectorStream } from '../contracts';
import { AppointReferentCommand, EstablishSectorCommand } from '../sectors';
import { AddCategoryCommand } from '../categories/add-category/add-category.command';
import { DEMO_CATEGORIES } from './demo-categories';
import { DEMO_REVISIONS, DEMO_SECTORS, DEMO_SETUP_TIMES, DEMO_STANDARDS, demoSector, type DemoSector, type DemoSectorSlug } from './demo-organisation';
import type { DemoRuntime } from './demo-runtime';
import { waitUntilInGlobalLog } from './global-log';

export interface DemoOrganisation {
  users: DemoUser[];
  sectors: readonly DemoSector[];
  operator: DemoUser;
  referentOf(slug: DemoSectorSlug): DemoUser;
  sectorName(slug: DemoSectorSlug): string;
}

export async function seedDemoOrganisation(runtime: DemoRuntime): Promise<DemoOrganisation> {
  const { clock, eventStore } = runtime;
  clock.set(DEMO_SETUP_TIMES.sectorsEstablished);
  const users = await ensureDemoUsers({ eventStore, clock }, [...DEMO_SECTORS]);
  const organisation = organisationOf(users);
  const admin = userNamed(users, 'admin');

  for (const sector of DEMO_SECTORS) {
    await runtime.commands.execute(
      new EstablishSectorCommand(sector.id, sector.name, sector.slug, seedContext('establish-sector', admin, `sector:${sector.slug}`)),
    );
    const referent = organisation.referentOf(sector.slug as DemoSectorSlug);
    await runtime.commands.execute(
      new AppointReferentCommand(sector.id, referent.id, referent.displayName, seedContext('appoint-referent', admin, `referent:${sector.slug}`)),
    );
  }
  // The catalogue applies from the day the sectors were set up, before any demo case.
  for (const category of DEMO_CATEGORIES) {
    const fields = {
      code: category.code,
      label: category.label,
      kinds: [...category.kinds],
      defaultSectorId: category.sector === null ? null : demoSector(category.sector).id,
    };
    await runtime.commands.execute(new AddCategoryCommand(fields, seedContext('add-category', admin, `category:${category.code}`)));
  }

  clock.set(DEMO_SETUP_TIMES.charterAdopted);
  for (const { id, ...standard } of DEMO_STANDARDS) {
    await runtime.commands.execute(new AdoptStandardCommand(id, standard, seedContext('adopt-standard', admin, `standard:${standard.code}`)));
  }
  clock.set(DEMO_SETUP_TIMES.revisionAdopted);
  for (const { code, indicator, target, effectiveFrom } of DEMO_REVISIONS) {
    const standardId = DEMO_STANDARDS.find((s) => s.code === code)!.id;
    const context = seedContext('revise-standard', admin, `revision:${code}:${effectiveFrom}`);
    await runtime.commands.execute(new ReviseStandardCommand(standardId, indicator, target, effectiveFrom, context));
  }

  await waitUntilInGlobalLog(eventStore, [
    ...DEMO_SECTORS.map((s) => sectorStream(s.id)),
    ...DEMO_STANDARDS.map((s) => charterStandardStream(s.id)),
    ...DEMO_CATEGORIES.map((category) => categoryStream(category.code)),
  ]);
  return organisation;
}

/** The organisation as the case generator needs it, from the demo users. */
export function organisationOf(users: DemoUser[]): DemoOrganisation {
  return {
    users,
    sectors: DEMO_SECTORS,
    operator: userNamed(users, 'operator'),
    referentOf: (slug) => userNamed(users, `referent-${slug}`),
    sectorName: (slug) => DEMO_SECTORS.find((s) => s.slug === slug)!.name,
  };
}

function userNamed(users: DemoUser[], username: string): DemoUser {
  const user = users.find((u) => u.username === username);
  if (!user) throw new Error(`Demo user ${username} is missing`);
  return user;
}

/** The admin configured the organisation; the key makes each command run once, ever. */
function seedContext(commandName: string, admin: DemoUser, key: string): CommandContext {
  return {
    commandName,
    actor: { id: admin.id, role: admin.role },
    correlationId: 'demo-organisation',
    idempotencyKey: `demo-organisation:${key}`,
  };
}
