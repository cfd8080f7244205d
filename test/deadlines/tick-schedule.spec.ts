/** DeadlinesModule with `run`: it ticks by itself from bootstrap, and stops at shutdown. */
import { startDeadlineWorld, type DeadlineWorld } from './support/deadline-world';
import { SECTORS } from './support/office';
import { TICK_HOUR } from './support/rome-clock';
import { until } from './support/until';

describe('the tick schedule', () => {
  let world: DeadlineWorld;

  beforeAll(async () => {
    world = await startDeadlineWorld('2026-03-02');
  });
  afterAll(async () => {
    await world?.stop();
  });

  it('ticks on its own once bootstrapped, on the clock it reads, and shuts down cleanly', async () => {
    world.at('2026-03-02');
    const caseId = await world.office.register();
    world.at('2026-03-03');
    await world.office.route(caseId, SECTORS.lavoriPubblici);
    world.at('2026-03-14', TICK_HOUR);
    await world.logVisible();

    const scheduled = await world.openInstance(undefined, { run: true, tickIntervalMs: 5 });
    await until(async () => (await world.actionsOn(caseId)).length > 0, 'a scheduled tick to remind the sector');
    await scheduled.close();

    expect(await world.actionsOn(caseId)).toEqual([{ caseId, kind: 'reminder', subject: '1', on: '2026-03-14' }]);
  });
});
