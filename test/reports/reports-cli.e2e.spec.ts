/** `urp reports quality-report` against a real database: it catches the projections up itself and writes the four files. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { ManualClock } from '../../src/shared/clock';
import { urp } from '../cli/support/run-urp';
import { provisionTestDatabase, TestDatabase } from '../support/database';
import { appendCharter, appendSector, appendStory } from './support/append-events';
import { csvBlock, parseCsvBlocks } from './support/csv';
import { charterEvents, LP, on, TR, twoSectorStories } from './support/two-sectors-scenario';

describe('reports CLI', () => {
  let database: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    database = await provisionTestDatabase();
    const store = createPostgresEventStore({ connectionString: database.url, maxConnections: 2 });
    await appendSector(store, LP.id, LP.name);
    await appendSector(store, TR.id, TR.name);
    await appendCharter(store, charterEvents());
    for (const story of twoSectorStories()) await appendStory(store, story);
    await store.close();
    dir = await mkdtemp(join(tmpdir(), 'relazione-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await database?.dispose();
  });

  it('what-if writes the real and the proposed report side by side, and refuses a target that fits no standard', async () => {
    const io = { env: { DATABASE_URL: database.url, URP_DEMO: '1', URP_ENTITY_NAME: 'Comune di Prova' }, clock: new ManualClock(on('2027-01-31')) };
    const { code, stdout } = await urp(['reports', 'what-if', '--year', '2026', '--target', 'URP-03=60', '--out', dir], io);
    const files = ['json', 'csv', 'html', 'pdf'].map((ext) => join(dir, `simulazione-carta-qualita-2026.${ext}`));
    expect([code, stdout]).toEqual([0, `${files.join('\n')}\n`]);
    const json = JSON.parse(await readFile(files[0], 'utf8'));
    expect(json.real.summary.notMet - json.proposed.summary.notMet).toBe(1);
    expect(await readFile(files[2], 'utf8')).toContain('class="variato"');
    const refused = await urp(['reports', 'what-if', '--year', '2026', '--target', 'URP-03=50%', '--out', dir], io);
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining('standards[0].target min_share does not fit the measure take_charge_days')]);
    const neither = await urp(['reports', 'what-if', '--year', '2026', '--out', dir], io);
    expect([neither.code, neither.stderr]).toEqual([2, expect.stringContaining('what-if needs --target CODE=value (repeatable) or --proposal <file>, not both')]);
  });

  it('quality-report writes the JSON, CSV, HTML and PDF of the year and prints their paths', async () => {
    const { code, stdout, stderr } = await urp(['reports', 'quality-report', '--year', '2026', '--out', dir], {
      env: { DATABASE_URL: database.url, URP_DEMO: '1', URP_ENTITY_NAME: 'Comune di Prova' },
      clock: new ManualClock(on('2027-01-31')),
    });
    expect([code, stderr]).toEqual([0, expect.stringContaining('bringing the report projections up to position')]);
    const files = ['json', 'csv', 'html', 'pdf'].map((ext) => join(dir, `relazione-carta-qualita-2026.${ext}`));
    expect(stdout).toBe(`${files.join('\n')}\n`);

    const json = JSON.parse(await readFile(files[0], 'utf8'));
    expect(json.summary).toMatchObject({ received: 13, versionsMeasured: 6, met: 1, notMet: 1, notMeasurable: 4, insufficientSample: 4 });
    const csv = parseCsvBlocks(await readFile(files[1], 'utf8'));
    expect(csv[0]).toContainEqual(['Ente', 'Comune di Prova']);
    expect(csvBlock(csv, 'Pratiche pervenute per tipologia')).toContainEqual(['Segnalazioni', '9', '69,2%']);
    expect(await readFile(files[2], 'utf8')).toContain('Anno 2026</h1>');
    expect((await readFile(files[3])).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

});
