/**
 * No single case may halt the deadline process manager: a case whose timers cannot be
 * computed (a due date of 9999-12-31, whose next day is no calendar date) is quarantined,
 * visible in the status, retried with backoff, while every other case gets its actions.
 * The poison event is appended straight to the log, as the domain may (now) refuse it.
 */
import { caseStream } from '../../src/contracts';
import { DeadlineStatusReader } from '../../src/deadlines/deadline-status/deadline-status';
import { testEvent } from '../../projections/testing/test-events';
import { startDeadlineWorld, type DeadlineWorld } from './support/deadline-world';
import { SECTORS } from './support/office';

describe('deadline quarantine', () => {
  let world: DeadlineWorld;

  beforeEach(async () => {
    world = await startDeadlineWorld('2026-03-02');
  });
  afterEach(async () => {
    await world?.stop();
  });

  function extension(caseId: string, previousDueDate: string, newDueDate: string) {
    return testEvent('FinalReplyDeadlineExtended', {
      caseId,
      reason: 'r',
      previousDueDate,
      newDueDate,
      extendedAt: world.clock.now().toISOString(),
    });
  }

  it('quarantines the case whose timers throw, acts on every other case, and releases it once it folds', async () => {
    world.at('2026-03-02');
    const healthy = [await world.office.register(), await world.office.register()];
    const poisoned = await world.office.register();
    world.at('2026-03-03');
    for (const caseId of [...healthy, poisoned]) await world.office.route(caseId, SECTORS.lavoriPubblici);
    await world.store.appendToStream(caseStream(poisoned), [extension(poisoned, '2026-04-01', '9999-12-31')]);

    const reports = await world.tickDaysThrough('2026-03-14');
    expect(reports.at(-1)?.quarantined).toBe(1);
    // The other cases got their first reminder on 14 March, as without the poisoned one.
    for (const caseId of healthy) {
      expect(await world.actionsOn(caseId)).toEqual([{ caseId, kind: 'reminder', subject: '1', on: '2026-03-14' }]);
    }
    expect(await world.actionsOn(poisoned)).toEqual([]);

    const reader = world.main.context.get(DeadlineStatusReader);
    // The timers follower runs on: it may fold the tick's own alarms between two reads, so the
    // status's checkpoint must lie between the table's before and after it.
    const timersCheckpoint = async () =>
      BigInt((await world.sql<{ commit: string }>("SELECT checkpoint_commit AS commit FROM projection_checkpoints WHERE projection = 'case_timers'"))[0].commit);
    const checkpointBefore = await timersCheckpoint();
    const status = await reader.status();
    const checkpointAfter = await timersCheckpoint();
    expect(status.quarantined).toHaveLength(1);
    expect(status.quarantined[0]).toMatchObject({ caseId: poisoned, stage: 'timers', eventType: 'FinalReplyDeadlineExtended' });
    expect(status.quarantined[0].errorMessage).toContain('Not a calendar date');
    // Retried at every tick past its backoff, and still failing: the attempts count.
    expect(status.quarantined[0].attempts).toBeGreaterThan(1);
    expect(new Date(status.quarantined[0].nextRetryAt).getTime()).toBeGreaterThan(new Date(status.quarantined[0].lastFailedAt).getTime());
    const reported = BigInt(String(status.checkpoint).split('/')[0]);
    expect(reported >= checkpointBefore && reported <= checkpointAfter).toBe(true);

    // A later, sane extension: the retry refolds the whole stream, and the case is followed again.
    await world.store.appendToStream(caseStream(poisoned), [extension(poisoned, '9999-12-31', '2026-04-10')]);
    const later = await world.tickDaysThrough('2026-03-24');
    expect(later.reduce((sum, report) => sum + report.released, 0)).toBe(1);
    expect((await reader.status()).quarantined).toEqual([]);
    expect((await world.actionsOn(poisoned)).map((action) => action.kind)).toContain('reminder');
    for (const caseId of healthy) expect((await world.actionsOn(caseId)).map((action) => action.subject)).toEqual(['1', '2']);
  });
});
