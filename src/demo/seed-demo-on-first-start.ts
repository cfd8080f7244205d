/**
 * The first `npm start` on an empty database loads a small demo (the organisation and a
 * few months of cases up to today), so the system is never empty at first look. The
 * application calls this at start-up when demo mode is on; with any data present it adds
 * nothing.
 */
import { INestApplicationContext, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DemoUser } from '../auth';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CASE_STREAM_PREFIX, CHARTER_STANDARD_STREAM_PREFIX, SECTOR_STREAM_PREFIX } from '../contracts';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { CLOCK, Clock } from '../shared/clock';
import { addCalendarDays, romeDate } from '../shared/rome-time';
import { DEMO_SECTORS } from './demo-organisation';
import { openDemoRuntime } from './demo-runtime';
import { generateDemoCases } from './generate-demo-cases';
import { seedDemoOrganisation } from './seed-demo-organisation';
import { seedDemoFaq } from '../faq/demo-faq';

export interface FirstStartDemo {
  cases: number;
  days: number;
  seed: number;
}

export const FIRST_START_DEMO: FirstStartDemo = { cases: 150, days: 90, seed: 2025 };

export async function seedDemoOnFirstStart(app: INestApplicationContext, demo: FirstStartDemo = FIRST_START_DEMO): Promise<void> {
  const logger = new Logger('Demo');
  const eventStore = app.get<EventStore>(EVENT_STORE);
  if (await holdsData(eventStore)) {
    logger.log('Data already present: no demo data added.');
    logDemoAccounts(logger);
    return;
  }
  const now = app.get<Clock>(CLOCK).now();
  const to = romeDate(now);
  const from = addCalendarDays(to, -(demo.days - 1));
  logger.log(`Empty database: loading the demo organisation and ${demo.cases} cases from ${from} to ${to}...`);
  const runtime = await openDemoRuntime(
    { eventStore, dataSource: app.get(DataSource), config: app.get<AppConfig>(APP_CONFIG) },
    now,
  );
  try {
    const organisation = await seedDemoOrganisation(runtime);
    const admin = organisation.users.find((user) => user.role === 'admin');
    if (admin) await seedDemoFaq(app, admin);
    const totals = await generateDemoCases(runtime, organisation, {
      from,
      to,
      casesPerYear: (demo.cases * 365) / demo.days,
      seed: demo.seed,
      until: now,
      onProgress: ({ done, total }) => logger.log(`Demo cases: ${done}/${total} steps`),
    });
    logger.log(`Demo loaded: ${DEMO_SECTORS.length} sectors, the quality charter, ${totals.cases} cases.`);
    logDemoUsers(logger, organisation.users);
  } finally {
    await runtime.close();
  }
}

/** Cases, sectors or a charter: someone already works with this database. */
async function holdsData(store: EventStore): Promise<boolean> {
  const prefixes = [CASE_STREAM_PREFIX, SECTOR_STREAM_PREFIX, CHARTER_STANDARD_STREAM_PREFIX];
  return (await store.readAll({ filter: { streamPrefixes: prefixes }, maxCount: 1 })).length > 0;
}

function logDemoUsers(logger: Logger, users: DemoUser[]): void {
  logger.log(`Demo users (password '${users[0]?.password ?? 'demo'}'):`);
  for (const user of users) logger.log(`  ${user.username.padEnd(32)} ${user.role.padEnd(9)} ${user.displayName}`);
}

/** Without reading users (that would be a write if one were missing): the accounts demo mode creates. */
function logDemoAccounts(logger: Logger): void {
  const referents = DEMO_SECTORS.map((s) => `referent-${s.slug}`).join(', ');
  logger.log(`Demo users, password 'demo' unless changed: operator, manager, auditor, admin, ${referents}.`);
}
