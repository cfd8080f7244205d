import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CharterModule } from '../../src/charter';
import { APP_CONFIG } from '../../src/config/app-config';
import { CASE_STREAM_PREFIX, CHARTER_STANDARD_STREAM_PREFIX, SECTOR_STREAM_PREFIX } from '../../src/contracts';
import { DEMO_SECTORS } from '../../src/demo/demo-organisation';
import { DemoRuntime, openDemoRuntime } from '../../src/demo/demo-runtime';
import { generateDemoCases } from '../../src/demo/generate-demo-cases';
import { seedDemoOnFirstStart } from '../../src/demo/seed-demo-on-first-start';
import { seedDemoOrganisation } from '../../src/demo/seed-demo-organisation';
import { SectorsModule } from '../../src/sectors';
import { ManualClock } from '../../src/shared/clock';
import { startTestSystem, TestSystem } from '../sectors/support/test-system';

const NOW = '2026-11-20T14:00:00.000Z';

function runtimeFor(system: TestSystem): Promise<DemoRuntime> {
  const app = system.app;
  return openDemoRuntime({ eventStore: system.eventStore, dataSource: app.get(DataSource), config: app.get(APP_CONFIG) }, NOW);
}

async function countsOf(system: TestSystem) {
  return {
    sectors: await system.countEvents(SECTOR_STREAM_PREFIX),
    charter: await system.countEvents(CHARTER_STANDARD_STREAM_PREFIX),
    users: await system.countEvents('user-'),
    cases: await system.countEvents(CASE_STREAM_PREFIX),
  };
}

describe('the demo organisation', () => {
  let system: TestSystem;
  let runtime: DemoRuntime;

  beforeAll(async () => {
    system = await startTestSystem([SectorsModule, CharterModule], new ManualClock(NOW));
    runtime = await runtimeFor(system);
  });
  afterAll(async () => {
    await runtime?.close();
    await system?.stop();
  });

  it('seeds the sectors with their referents and the charter with its revision; a second run adds nothing', async () => {
    await seedDemoOrganisation(runtime);
    const first = await countsOf(system);
    expect(first.sectors).toBe(2 * DEMO_SECTORS.length);
    expect(first.charter).toBe(6 + 1);

    await seedDemoOrganisation(runtime);
    const again = await openDemoRuntime(
      { eventStore: system.eventStore, dataSource: system.app.get(DataSource), config: system.app.get(APP_CONFIG) },
      NOW,
    );
    await seedDemoOrganisation(again).finally(() => again.close());
    expect(await countsOf(system)).toEqual(first);

    const operator = await system.bearer('operator');
    const sectors = (await system.http().get('/api/v1/sectors').set(operator).expect(200)).body as Array<{
      id: string;
      slug: string;
      referents: { userId: string }[];
    }>;
    expect(sectors.map((s) => s.slug).sort()).toEqual(DEMO_SECTORS.map((s) => s.slug).sort());
    const tributi = sectors.find((s) => s.slug === 'tributi')!;
    const token = await system.http().post('/api/v1/auth/token').send({ username: 'referent-tributi', password: 'demo' }).expect(200);
    expect(token.body.user.sectorId).toBe(tributi.id);
    expect(tributi.referents.map((r) => r.userId)).toEqual([token.body.user.id]);
  });

  it('publishes the standards of the sources, with the final reply tightened from 2026-07-01', async () => {
    const manager = await system.bearer('manager');
    const onDay = async (day: string) =>
      Object.fromEntries(
        ((await system.http().get(`/api/v1/charter/standards?on=${day}`).set(manager).expect(200)).body as Array<{ code: string; inForce: { target: object } }>).map(
          (s) => [s.code, s.inForce.target],
        ),
      );
    expect(await onDay('2024-12-31')).toEqual({});
    const before = await onDay('2026-06-30');
    expect(before).toEqual({
      'URP-01': { kind: 'immediate' },
      'URP-02': { kind: 'max_days', days: 30 },
      'URP-03': { kind: 'max_days', days: 10 },
      'URP-04': { kind: 'max_days', days: 30 },
      'URP-05': { kind: 'min_share', percent: 60 },
      'URP-06': { kind: 'min_share', percent: 80 },
    });
    expect(await onDay('2026-07-01')).toEqual({ ...before, 'URP-02': { kind: 'max_days', days: 25 } });
  });

  it('generates nothing more when the same generation runs again', async () => {
    const options = { from: '2025-03-03', to: '2025-03-16', casesPerYear: 600, seed: 11 };
    const first = await generateDemoCases(runtime, await seedDemoOrganisation(runtime), options);
    const afterFirst = await countsOf(system);
    const second = await generateDemoCases(runtime, await seedDemoOrganisation(runtime), options);
    expect(first.cases).toBeGreaterThan(15);
    expect(first.refused).toEqual({});
    expect(second.refused).toEqual({});
    expect(await countsOf(system)).toEqual(afterFirst);
  });
});

describe('the demo on the first start', () => {
  let system: TestSystem;
  const logged: string[] = [];

  beforeAll(async () => {
    system = await startTestSystem([], new ManualClock(NOW));
    jest.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => {
      logged.push(String(message));
    });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await system?.stop();
  });

  it('loads the organisation and recent cases into an empty database, then never again', async () => {
    const demo = { cases: 40, days: 30, seed: 7 };
    await seedDemoOnFirstStart(system.app, demo);
    const first = await countsOf(system);
    expect(first.sectors).toBe(2 * DEMO_SECTORS.length);

    const received = (await system.events(CASE_STREAM_PREFIX)).filter((e) => e.type === 'CaseReceived');
    expect(received.length).toBeGreaterThan(25);
    expect(received.length).toBeLessThanOrEqual(40);
    const receivedAt = received.map((e) => (e.data as { receivedAt: string }).receivedAt).sort();
    // The last 30 days up to now: nothing in the future.
    expect(receivedAt[0]! >= '2026-10-21').toBe(true);
    expect(receivedAt[receivedAt.length - 1]! <= NOW).toBe(true);
    expect(logged.some((line) => line.includes('referent-tributi') && line.includes('referent'))).toBe(true);
    expect(logged.some((line) => line.includes("password 'demo'"))).toBe(true);

    await seedDemoOnFirstStart(system.app, demo);
    expect(await countsOf(system)).toEqual(first);
  });
});
