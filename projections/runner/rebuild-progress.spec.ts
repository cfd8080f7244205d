import { estimateProgress, formatDuration, formatProgress } from './rebuild-progress';

describe('rebuild progress', () => {
  const base = { projection: 'operator_queue', first: { commit: 10, prepare: 1 }, target: { commit: 900, prepare: 1001 } };

  it('estimates the share done and the time left from the prepare range between the first event and the target', () => {
    const progress = estimateProgress({
      ...base,
      eventsApplied: 250,
      eventsThisRun: 250,
      elapsedMs: 5000,
      checkpoint: { commit: 300, prepare: 251 },
    });
    expect(progress).toMatchObject({ eventsPerSecond: 50, fractionDone: 0.25, estimatedTotalEvents: 1000, estimatedMsLeft: 15_000 });
  });

  it('counts events of an earlier, interrupted run in the total but not in the rate', () => {
    const progress = estimateProgress({
      ...base,
      eventsApplied: 500,
      eventsThisRun: 100,
      elapsedMs: 1000,
      checkpoint: { commit: 300, prepare: 501 },
    });
    expect(progress).toMatchObject({ eventsPerSecond: 100, fractionDone: 0.5, estimatedTotalEvents: 1000, estimatedMsLeft: 5000 });
  });

  it('says it does not know rather than inventing an estimate', () => {
    const nothing = estimateProgress({ ...base, first: null, target: null, eventsApplied: 0, eventsThisRun: 0, elapsedMs: 0, checkpoint: null });
    expect(nothing).toMatchObject({ fractionDone: null, estimatedTotalEvents: null, estimatedMsLeft: null });
    expect(formatProgress(nothing)).toBe('operator_queue: 0 events, 0/s, time left unknown');
  });

  it('reports done, with nothing left, at the target', () => {
    const done = estimateProgress({ ...base, eventsApplied: 1000, eventsThisRun: 1000, elapsedMs: 2000, checkpoint: base.target });
    expect(done).toMatchObject({ fractionDone: 1, estimatedMsLeft: 0 });
    expect(formatProgress(done)).toBe('operator_queue: 1,000 events, 500/s, 100% (est.), ~1,000 total, ~0s left');
  });

  it('formats durations for a human', () => {
    expect([formatDuration(12_400), formatDuration(125_000), formatDuration(3 * 3600_000 + 61_000)]).toEqual(['12s', '2m 5s', '3h 1m']);
  });
});
