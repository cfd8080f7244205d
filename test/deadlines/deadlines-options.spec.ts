import { loadAppConfig } from '../../src/config/app-config';
import { resolveDeadlinesOptions } from '../../src/deadlines/deadlines-options';

describe('deadlines configuration', () => {
  it('ticks every minute unless URP_DEADLINES_TICK_MS says otherwise; 0 turns the schedule off', () => {
    expect(loadAppConfig({}).deadlinesTickMs).toBe(60_000);
    expect(loadAppConfig({ URP_DEADLINES_TICK_MS: '5000' }).deadlinesTickMs).toBe(5000);
    expect(loadAppConfig({ URP_DEADLINES_TICK_MS: '0' }).deadlinesTickMs).toBe(0);
  });

  it('names the variable of a malformed value', () => {
    expect(() => loadAppConfig({ URP_DEADLINES_TICK_MS: 'soon' })).toThrow(/URP_DEADLINES_TICK_MS/);
    expect(() => loadAppConfig({ URP_DEADLINES_TICK_MS: '-1' })).toThrow(/URP_DEADLINES_TICK_MS/);
  });

  it('refuses batch sizes that would never advance', () => {
    expect(resolveDeadlinesOptions({ run: true, tickIntervalMs: 1000 })).toMatchObject({ timersWaitMs: 30_000, dueBatchSize: 100 });
    expect(() => resolveDeadlinesOptions({ run: true, tickIntervalMs: 1000, dueBatchSize: 0 })).toThrow(/dueBatchSize/);
  });
});
