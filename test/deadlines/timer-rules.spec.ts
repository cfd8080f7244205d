/**
 * Each rule of the deadlines, through the case command handlers and the process manager's
 * ticks (one at 07:00 each day, Rome): what it records, and on which day.
 * Defaults of the charter: 10 days to take charge, reminders every 10 days, final reply in
 * 30 days, due soon from 5 days before.
 */
import { PROCESS_MANAGER_ACTOR } from '../../src/deadlines/process-manager-actor';
import { startDeadlineWorld, type DeadlineWorld } from './support/deadline-world';
import { SECTORS } from './support/office';

const LP = SECTORS.lavoriPubblici;
const PL = SECTORS.poliziaLocale;

describe('deadline timers follow the case', () => {
  let world: DeadlineWorld;

  beforeEach(async () => {
    world = await startDeadlineWorld('2026-03-02');
  });
  afterEach(async () => {
    await world?.stop();
  });

  it('reminds the sector the day after its ten days, again every ten days, and no more once it takes charge', async () => {
    const { office } = world;
    world.at('2026-03-02');
    const caseId = await office.register();
    world.at('2026-03-03');
    await office.route(caseId, LP);
    await world.tickDaysThrough('2026-03-25');
    world.at('2026-03-25');
    await office.takeInCharge(caseId, LP);
    await world.tickDaysThrough('2026-04-15');

    expect(await world.actionsOn(caseId)).toEqual([
      { caseId, kind: 'reminder', subject: '1', on: '2026-03-14' },
      { caseId, kind: 'reminder', subject: '2', on: '2026-03-24' },
      { caseId, kind: 'due-soon', subject: '2026-04-01', on: '2026-03-27' },
      { caseId, kind: 'overdue', subject: '2026-04-01', on: '2026-04-02' },
    ]);
    const reminders = (await world.caseEvents(caseId)).filter((event) => event.type === 'TakeChargeReminderSent');
    expect(reminders.map((event) => event.data)).toEqual([
      expect.objectContaining({ sectorId: LP, reminderNumber: 1, sentBy: 'process_manager' }),
      expect.objectContaining({ sectorId: LP, reminderNumber: 2, sentBy: 'process_manager' }),
    ]);
    expect(reminders.map((event) => event.metadata.actor)).toEqual([PROCESS_MANAGER_ACTOR, PROCESS_MANAGER_ACTOR]);
  });

  it('counts an operator reminder as the last one: the next comes ten days after it', async () => {
    const { office } = world;
    world.at('2026-03-02');
    const caseId = await office.register();
    world.at('2026-03-03');
    await office.route(caseId, LP);
    await world.tickDaysThrough('2026-03-10');
    world.at('2026-03-10');
    await office.remind(caseId);
    await world.tickDaysThrough('2026-03-21');

    expect(await world.actionsOn(caseId)).toEqual([{ caseId, kind: 'reminder', subject: '2', on: '2026-03-20' }]);
  });

  it('restarts the take-charge clock when the case is routed to another sector, counting its reminders from one', async () => {
    const { office } = world;
    world.at('2026-03-02');
    const caseId = await office.register();
    world.at('2026-03-03');
    await office.route(caseId, LP);
    await world.tickDaysThrough('2026-03-16');
    world.at('2026-03-16');
    await office.route(caseId, PL);
    await world.tickDaysThrough('2026-03-27');

    // The first sector's reminder and the second's are both number 1: a key made of the
    // number alone would have made the store answer the second with the first.
    expect(await world.actionsOn(caseId)).toEqual([
      { caseId, kind: 'reminder', subject: '1', on: '2026-03-14' },
      { caseId, kind: 'reminder', subject: '1', on: '2026-03-27' },
      { caseId, kind: 'due-soon', subject: '2026-04-01', on: '2026-03-27' },
    ]);
    const sectors = (await world.caseEvents(caseId))
      .filter((event) => event.type === 'TakeChargeReminderSent')
      .map((event) => (event.data as { sectorId: string }).sectorId);
    expect(sectors).toEqual([LP, PL]);
  });

  it('stops reminding when the sector hands the case back', async () => {
    const { office } = world;
    world.at('2026-03-02');
    const caseId = await office.register();
    world.at('2026-03-03');
    await office.route(caseId, LP);
    await world.tickDaysThrough('2026-03-13');
    world.at('2026-03-13');
    await office.handBack(caseId, LP);
    await world.tickDaysThrough('2026-03-26');

    expect(await world.actionsOn(caseId)).toEqual([]);
  });

  it('pauses the final-reply clock while waiting for the citizen, and moves it by the days suspended', async () => {
    const { office } = world;
    world.at('2026-03-02');
    const caseId = await office.register();
    world.at('2026-03-20');
    await office.requestInformation(caseId);
    await world.tickDaysThrough('2026-04-10');
    const [suspended] = await timersOf(world, caseId);
    world.at('2026-04-10');
    await office.recordInformation(caseId);
    await world.tickDaysThrough('2026-04-25');

    expect(suspended).toEqual({ reminder_at: null, due_soon_at: null, overdue_at: null });
    // Suspended from 20 March to 10 April: 21 days, so due 22 April instead of 1 April.
    expect(await world.actionsOn(caseId)).toEqual([
      { caseId, kind: 'due-soon', subject: '2026-04-22', on: '2026-04-17' },
      { caseId, kind: 'overdue', subject: '2026-04-22', on: '2026-04-23' },
    ]);
  });

  it('moves the final-reply clock with an extension: warned again for the new date, overdue only after it', async () => {
    const { office } = world;
    world.at('2026-03-02');
    const caseId = await office.register();
    await world.tickDaysThrough('2026-03-28');
    world.at('2026-03-28');
    await office.extend(caseId, '2026-04-20');
    await world.tickDaysThrough('2026-04-25');

    expect(await world.actionsOn(caseId)).toEqual([
      { caseId, kind: 'due-soon', subject: '2026-04-01', on: '2026-03-27' },
      { caseId, kind: 'due-soon', subject: '2026-04-20', on: '2026-04-15' },
      { caseId, kind: 'overdue', subject: '2026-04-20', on: '2026-04-21' },
    ]);
  });

  it('cancels every timer when the case closes, and starts new ones when it is reopened', async () => {
    const { office } = world;
    world.at('2026-03-02');
    const caseId = await office.register();
    world.at('2026-03-03');
    await office.route(caseId, LP);
    await world.tickDaysThrough('2026-03-16');
    world.at('2026-03-16');
    await office.withdraw(caseId);
    await world.tickDaysThrough('2026-04-10');
    const [closed] = await timersOf(world, caseId);
    world.at('2026-04-10');
    await office.reopen(caseId);
    await world.tickDaysThrough('2026-05-12');

    expect(closed).toEqual({ reminder_at: null, due_soon_at: null, overdue_at: null });
    // Reopened on 10 April: a new clock of 30 days, with the URP (no sector to remind).
    expect(await world.actionsOn(caseId)).toEqual([
      { caseId, kind: 'reminder', subject: '1', on: '2026-03-14' },
      { caseId, kind: 'due-soon', subject: '2026-05-10', on: '2026-05-05' },
      { caseId, kind: 'overdue', subject: '2026-05-10', on: '2026-05-11' },
    ]);
  });

  it('keeps no timer for a case merged into another', async () => {
    const { office } = world;
    world.at('2026-03-02');
    const kept = await office.register();
    const duplicate = await office.register();
    world.at('2026-03-03');
    await office.route(duplicate, LP);
    await office.merge(duplicate, kept);
    await world.tickDaysThrough('2026-04-05');

    expect(await world.actionsOn(duplicate)).toEqual([]);
    expect((await world.actionsOn(kept)).map((action) => action.kind)).toEqual(['due-soon', 'overdue']);
  });

  it('takes the terms of the charter in force when each clock starts, and the defaults where no standard applies', async () => {
    const { office } = world;
    world.at('2026-03-02');
    await office.adoptStandard({
      code: 'PRESA-IN-CARICO-SEGNALAZIONI',
      service: 'Segnalazioni',
      indicator: 'Presa in carico entro 5 giorni',
      measure: 'take_charge_days',
      target: { kind: 'max_days', days: 5 },
      appliesTo: ['report'],
      effectiveFrom: '2026-03-10',
    });
    await world.logVisible(); // routing reads the charter from the global log
    const before = await office.register('report');
    const complaint = await office.register('complaint');
    world.at('2026-03-03');
    await office.route(before, LP);
    world.at('2026-03-10');
    const after = await office.register('report');
    await office.route(after, LP);
    await office.route(complaint, LP);
    await world.tickDaysThrough('2026-03-21');

    const firstReminder = async (caseId: string) => (await world.actionsOn(caseId)).find((action) => action.kind === 'reminder')?.on;
    expect(await firstReminder(before)).toBe('2026-03-14'); // routed before the standard: 10 days
    expect(await firstReminder(after)).toBe('2026-03-16'); // routed under it: 5 days
    expect(await firstReminder(complaint)).toBe('2026-03-21'); // not a report: 10 days
  });
});

async function timersOf(world: DeadlineWorld, caseId: string) {
  return world.sql<{ reminder_at: Date | null; due_soon_at: Date | null; overdue_at: Date | null }>(
    'SELECT reminder_at, due_soon_at, overdue_at FROM case_timers WHERE case_id = $1',
    [caseId],
  );
}
