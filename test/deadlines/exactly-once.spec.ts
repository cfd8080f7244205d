/**
 * Every reminder, warning and marking is recorded once: with two instances ticking at the
 * same time, after a crash at any point of a tick, and when old events are folded again.
 */
import { SendTakeChargeReminderCommand } from '../../src/cases/send-take-charge-reminder/send-take-charge-reminder.command';
import { PROCESS_MANAGER_ACTOR } from '../../src/deadlines/process-manager-actor';
import { deadlineKey } from '../../src/deadlines/ticker/deadline-key';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { CrashingEventStore, SimulatedCrash, type CrashPoint } from './support/crashing-event-store';
import { startDeadlineWorld, type DeadlineWorld, type RecordedAction } from './support/deadline-world';
import { SECTORS } from './support/office';
import { TICK_HOUR } from './support/rome-clock';

const LP = SECTORS.lavoriPubblici;

/** Registered on 2 March, routed on 3 March, never taken in charge, never answered. */
const neglected = (caseId: string): RecordedAction[] => [
  { caseId, kind: 'reminder', subject: '1', on: '2026-03-14' },
  { caseId, kind: 'reminder', subject: '2', on: '2026-03-24' },
  { caseId, kind: 'due-soon', subject: '2026-04-01', on: '2026-03-27' },
  { caseId, kind: 'overdue', subject: '2026-04-01', on: '2026-04-02' },
  { caseId, kind: 'reminder', subject: '3', on: '2026-04-03' },
];

describe('exactly once', () => {
  let world: DeadlineWorld;

  beforeEach(async () => {
    world = await startDeadlineWorld('2026-03-02');
  });
  afterEach(async () => {
    await world?.stop();
  });

  async function neglectedCases(count: number): Promise<string[]> {
    world.at('2026-03-02');
    const caseIds: string[] = [];
    for (let n = 0; n < count; n++) caseIds.push(await world.office.register());
    world.at('2026-03-03');
    for (const caseId of caseIds) await world.office.route(caseId, LP);
    return caseIds;
  }

  /** An instance whose event store crashes once, at the first `point` it reaches. */
  async function instanceCrashingOnceAt(point: CrashPoint) {
    let crashed = false;
    const store = new CrashingEventStore(createPostgresEventStore({ connectionString: world.database.url, maxConnections: 3 }), (at) => {
      if (crashed || at !== point) return false;
      crashed = true;
      return true;
    });
    return { store, instance: await world.openInstance(store) };
  }

  it('records each action once when two instances tick at the same time', async () => {
    const caseIds = await neglectedCases(8);
    const second = await world.openInstance();
    const reports = await world.tickDaysThrough('2026-04-03', [world.main, second]);

    for (const caseId of caseIds) expect(await world.actionsOn(caseId)).toEqual(neglected(caseId));
    expect(reports.every((report) => report.failed === 0)).toBe(true);
  });

  it('after a crash that follows the append, the restarted instance finds the reminder recorded and sends no other', async () => {
    const [caseId] = await neglectedCases(1);
    const { store, instance } = await instanceCrashingOnceAt('after-append');
    world.at('2026-03-14', TICK_HOUR);
    await world.logVisible();

    const crashedTick = await instance.tick();
    store.restart();
    await world.logVisible();
    const afterRestart = await instance.tick();
    await world.tickDaysThrough('2026-04-03', [instance]);

    expect(store.crashes['after-append']).toBe(1);
    expect(crashedTick).toMatchObject({ reminders: 0, failed: 1 });
    expect(afterRestart).toMatchObject({ casesDue: 0, reminders: 0, failed: 0 });
    expect(await world.actionsOn(caseId)).toEqual(neglected(caseId));
  });

  it('after a crash between deciding and appending, the restarted instance records the reminder once', async () => {
    const [caseId] = await neglectedCases(1);
    const { store, instance } = await instanceCrashingOnceAt('before-append');
    world.at('2026-03-14', TICK_HOUR);
    await world.logVisible();

    const crashedTick = await instance.tick();
    const recordedByCrashedTick = await world.actionsOn(caseId);
    store.restart();
    const afterRestart = await instance.tick();
    await world.tickDaysThrough('2026-04-03', [instance]);

    expect(store.crashes['before-append']).toBe(1);
    expect(crashedTick).toMatchObject({ reminders: 0, failed: 1 });
    expect(recordedByCrashedTick).toEqual([]);
    expect(afterRestart).toMatchObject({ reminders: 1, failed: 0 });
    expect(await world.actionsOn(caseId)).toEqual(neglected(caseId));
  });

  it('after a crash while the tick reads the log, the restarted instance acts once on the folded timers', async () => {
    const [caseId] = await neglectedCases(1);
    const { store, instance } = await instanceCrashingOnceAt('while-reading-the-log');
    world.at('2026-03-14', TICK_HOUR);
    await world.logVisible();

    await expect(instance.tick()).rejects.toBeInstanceOf(SimulatedCrash);
    store.restart();
    const afterRestart = await instance.tick();
    await world.tickDaysThrough('2026-04-03', [instance]);

    expect(afterRestart).toMatchObject({ reminders: 1, failed: 0 });
    expect(await world.actionsOn(caseId)).toEqual(neglected(caseId));
  });

  it('folding every old event again from the start rebuilds the same timers and records nothing new', async () => {
    const caseIds = await neglectedCases(3);
    world.at('2026-03-05');
    await world.office.takeInCharge(caseIds[0], LP);
    await world.tickDaysThrough('2026-03-28');
    const timers = () => world.sql('SELECT case_id, revision, state, reminder_at, due_soon_at, overdue_at, next_at FROM case_timers ORDER BY case_id');
    const before = await timers();
    const [{ count: eventsBefore }] = await world.sql<{ count: number }>('SELECT count(*)::int AS count FROM events');
    const [{ count: caseEvents }] = await world.sql<{ count: number }>("SELECT count(*)::int AS count FROM events WHERE stream_name LIKE 'case-%'");

    await world.main.refoldTimers();
    const replay = await world.main.tick();

    expect(replay).toMatchObject({ reminders: 0, dueSoon: 0, overdue: 0, failed: 0 });
    const [{ events_applied: refolded }] = await world.sql<{ events_applied: string }>("SELECT events_applied FROM projection_checkpoints WHERE projection = 'case_timers'");
    expect(Number(refolded)).toBe(caseEvents);
    expect(await timers()).toEqual(before);
    const [{ count: eventsAfter }] = await world.sql<{ count: number }>('SELECT count(*)::int AS count FROM events');
    expect(eventsAfter).toBe(eventsBefore);
  });

  it('a command sent again with the key of a recorded action gets that action back and appends nothing', async () => {
    const [caseId] = await neglectedCases(1);
    await world.tickDaysThrough('2026-03-14');
    const reminder = (await world.caseEvents(caseId)).find((event) => event.type === 'TakeChargeReminderSent')!;
    const decidedOn = reminder.revision - 1;
    world.at('2026-03-24', TICK_HOUR); // the second reminder is due now: a fresh decision would record it

    const answer = await world.main.commands.execute(
      new SendTakeChargeReminderCommand(caseId, {
        commandName: 'send-take-charge-reminder',
        actor: PROCESS_MANAGER_ACTOR,
        correlationId: 'again',
        idempotencyKey: deadlineKey({ caseId, revision: decidedOn, kind: 'reminder', subject: '1' }),
        expectedRevision: decidedOn,
      }),
    );

    expect(answer.revision).toBe(reminder.revision);
    expect(await world.actionsOn(caseId)).toEqual([{ caseId, kind: 'reminder', subject: '1', on: '2026-03-14' }]);
  });
});
