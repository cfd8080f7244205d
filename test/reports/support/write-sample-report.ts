/**
 * Writes the yearly report of the sample year (sample-year.ts) through `urp reports quality-report`, to
 * look at it as a reader would. Uses a fresh database on DATABASE_URL's server, dropped after.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx ts-node --transpile-only test/reports/support/write-sample-report.ts out/sample
 */
import { runUrp } from '../../../src/cli/urp';
import { createPostgresEventStore } from '../../../src/event-store/postgres/postgres-event-store';
import { ManualClock } from '../../../src/shared/clock';
import { provisionTestDatabase } from '../../support/database';
import { appendCharter, appendCorrectiveAction, appendSector, appendStory } from './append-events';
import { SAMPLE_SECTORS, sampleCharter, sampleCorrectiveActions, sampleStories } from './sample-year';

async function main(outDir: string): Promise<number> {
  const database = await provisionTestDatabase();
  try {
    const store = createPostgresEventStore({ connectionString: database.url, maxConnections: 4 });
    for (const sector of SAMPLE_SECTORS) await appendSector(store, sector.id, sector.name);
    await appendCharter(store, sampleCharter());
    for (const story of sampleStories(2026, 640)) await appendStory(store, story);
    for (const action of sampleCorrectiveActions(2026)) await appendCorrectiveAction(store, action);
    await store.close();
    return await runUrp(['reports', 'quality-report', '--year', '2026', '--out', outDir], {
      env: { ...process.env, DATABASE_URL: database.url, URP_DEMO: '1', URP_ENTITY_NAME: process.env.URP_ENTITY_NAME ?? 'Città di Casale Monferrato' },
      stdout: process.stdout,
      stderr: process.stderr,
      clock: new ManualClock('2027-01-31T09:00:00.000Z'),
    });
  } finally {
    await database.dispose();
  }
}

main(process.argv[2] ?? 'out/sample-report').then((code) => process.exit(code));
