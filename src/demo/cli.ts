/**
 * The demo generator from the command line:
 *   npm run demo -- generate --from 2025-01-01 --to 2025-12-31 --cases-per-year 5000 --seed 42
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source';
import { prepareDatabase } from '../database/prepare-database';
import { createConfiguredEventStore } from '../event-store/event-store.module';
import { systemClock } from '../shared/clock';
import { romeDate } from '../shared/rome-time';
import { parseGenerateArguments, USAGE } from './cli-arguments';
import { openDemoRuntime } from './demo-runtime';
import type { DemoTotals } from './demo-totals';
import { casesInPeriod, generateDemoCases } from './generate-demo-cases';
import { seedDemoOrganisation } from './seed-demo-organisation';

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.length === 0) {
    console.log(USAGE);
    return;
  }
  const args = parseGenerateArguments(argv);
  const config = loadAppConfig();
  // The same database the server uses: the embedded one under URP_DATA_DIR, or DATABASE_URL.
  const database = await prepareDatabase(config);
  const embedded = database.embedded;
  const databaseUrl = database.url;
  // Few connections: the generator runs one command at a time.
  const { store: eventStore } = createConfiguredEventStore(config, databaseUrl, 4);
  const dataSource = new DataSource(dataSourceOptions({ url: databaseUrl, poolSize: 2 }));
  try {
    await dataSource.initialize();
    const now = systemClock.now();
    console.log(`Generating about ${casesInPeriod(args)} cases from ${args.from} to ${args.to} (seed ${args.seed}) into ${embedded ? 'the embedded database' : 'DATABASE_URL'}`);
    const started = Date.now();
    const runtime = await openDemoRuntime({ eventStore, dataSource, config }, now);
    try {
      const organisation = await seedDemoOrganisation(runtime);
      console.log(`Organisation ready: ${organisation.sectors.length} sectors with referents, the quality charter.`);
      const totals = await generateDemoCases(runtime, organisation, {
        ...args,
        until: now,
        onProgress: ({ done, total, at }) => console.log(`  ${done}/${total} steps (${romeDate(at)})`),
      });
      printTotals(totals, Date.now() - started);
    } finally {
      await runtime.close();
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await eventStore.close();
    await database.stop();
  }
}

function printTotals(totals: DemoTotals, elapsedMs: number): void {
  console.log(`\nDone in ${(elapsedMs / 1000).toFixed(1)} s: ${totals.cases} cases.`);
  console.log(`  by kind:    ${formatCounts(totals.byKind)}`);
  console.log(`  by channel: ${formatCounts(totals.byChannel)}`);
  console.log(`  actions:    ${formatCounts(totals.actions)}`);
  if (totals.notYetDue > 0) console.log(`  ${totals.notYetDue} later steps not yet due: their cases stay open.`);
  if (Object.keys(totals.refused).length > 0) {
    // A refused step means a planned story broke a rule: the data is incomplete, so say so in the exit code.
    console.log(`  REFUSED:    ${formatCounts(totals.refused)}`);
    process.exitCode = 1;
  }
}

function formatCounts(counts: Partial<Record<string, number>>): string {
  return Object.entries(counts)
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
    .map(([key, count]) => `${key} ${count}`)
    .join(', ');
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
