/**
 * A year of a URP's cases, day by day, with two application instances running the deadline
 * process manager on the same database, the second of which crashes now and then (before
 * an append, after one, while folding the timers) and is restarted; on some mornings it is
 * the only one up. At the end, the reminders, due-soon warnings and overdue markings in the
 * case streams must be exactly those an independent oracle derives from the office's own
 * events: none missing, none twice, each on its day. Then every old event is folded again
 * from scratch, and nothing new is recorded.
 */
import type { CaseEvent } from '../../src/contracts';
import type { TickReport } from '../../src/deadlines/ticker/tick-report';
import { LOG_FOLLOWING, type LogFollowing } from '../../src/log-following/log-follower';
import type { RecordedEvent } from '../../src/event-store/event-store.port';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { addCalendarDays, type RomeDate } from '../../src/shared/rome-time';
import { planYear, type StoryStep } from './support/case-stories';
import { CrashingEventStore, SimulatedCrash } from './support/crashing-event-store';
import { recordedActions, startDeadlineWorld, type DeadlineWorld, type RecordedAction } from './support/deadline-world';
import { expectedActions } from './support/deadline-oracle';
import type { ProcessManagerInstance } from './support/process-manager-instance';
import { romeTime, TICK_HOUR } from './support/rome-clock';
import { Prng } from '../../src/demo/prng';
import { StoryRunner } from './support/story-runner';

const FIRST_DAY = '2026-01-01';
const DAYS = 365;
const CASES = 250;
const SEED = 20260101;
/** Restarts after a crash come ten minutes apart; the office opens at 08:30. */
const MAX_ROUNDS = 9;

describe('a year of deadlines, two instances, crashes', () => {
  let world: DeadlineWorld;
  let crashing: CrashingEventStore;
  let second: ProcessManagerInstance;
  const days = Array.from({ length: DAYS }, (_, n) => addCalendarDays(FIRST_DAY, n));
  const tickAt = (day: RomeDate) => romeTime(day, TICK_HOUR);
  const figures = { cases: 0, mainDownMornings: 0, restarts: 0, refused: {} as Record<string, number>, seconds: 0 };
  const reports = new Map<ProcessManagerInstance, TickReport[]>();

  beforeAll(async () => {
    const started = Date.now();
    world = await startDeadlineWorld(FIRST_DAY);
    const crashRandom = new Prng(SEED + 1);
    const rate = { 'before-append': 0.08, 'after-append': 0.08, 'while-reading-the-log': 0.03 };
    crashing = new CrashingEventStore(
      createPostgresEventStore({ connectionString: world.database.url, maxConnections: 3 }),
      (point) => crashRandom.chance(rate[point]),
    );
    second = await world.openInstance(crashing);
    await adoptCharterStandards(world);

    const rng = new Prng(SEED);
    const steps = planYear(rng, FIRST_DAY, DAYS, CASES);
    const runner = new StoryRunner(world.office, world.store);
    const stepsByDay = groupByDay(steps);
    for (const day of days) {
      await morningTicks(day, rng.chance(0.25));
      for (const step of stepsByDay.get(day) ?? []) {
        world.clock.set(step.at);
        await runner.run(step);
      }
    }
    figures.cases = runner.caseIds.size;
    figures.refused = runner.refused;
    figures.seconds = Math.round((Date.now() - started) / 1000);
  }, 240_000); // a bound for a machine loaded by other specs: the year takes a fraction of it
  afterAll(async () => {
    await world?.stop();
  });

  /**
   * The morning's ticks: both instances together, or the crashing one alone when the main
   * one is down. A crashed instance restarts and ticks again ten minutes later, until a
   * round passes without a crash.
   */
  async function morningTicks(day: RomeDate, mainDown: boolean): Promise<void> {
    if (mainDown) figures.mainDownMornings++;
    for (let round = 0; ; round++) {
      if (round === MAX_ROUNDS) throw new Error(`Still crashing on ${day} after ${MAX_ROUNDS} rounds`);
      world.clock.set(romeTime(day, TICK_HOUR + round / 6));
      await world.logVisible();
      // Down mornings: the main instance comes back for the last rounds at the latest.
      const ticking = mainDown && round < MAX_ROUNDS - 2 ? [second] : [world.main, second];
      await Promise.all(ticking.map(tickThroughCrash));
      if (!crashing.isDead) return;
      crashing.restart();
      figures.restarts++;
    }
  }

  async function tickThroughCrash(instance: ProcessManagerInstance): Promise<void> {
    try {
      const report = await instance.tick();
      reports.set(instance, [...(reports.get(instance) ?? []), report]);
    } catch (error) {
      if (!(error instanceof SimulatedCrash)) throw error;
    }
  }

  async function allCaseEvents(): Promise<Map<string, RecordedEvent[]>> {
    const rows = await world.sql<{ stream_name: string }>("SELECT DISTINCT stream_name FROM events WHERE stream_name LIKE 'case-%'");
    const streams = new Map<string, RecordedEvent[]>();
    for (const { stream_name } of rows) streams.set(stream_name.slice('case-'.length), await world.store.readStream(stream_name));
    return streams;
  }

  it('records exactly the reminders, due-soon warnings and overdue markings the rules imply, each on its day', async () => {
    const caseEvents = await allCaseEvents();
    const actual = [...caseEvents.values()].flatMap((events) => recordedActions(events));
    const expected = expectedActions(caseEvents, days, tickAt);

    expect(missing(expected, actual)).toEqual([]);
    expect(missing(actual, expected)).toEqual([]);
    expect(actual).toHaveLength(expected.length);

    const count = (kind: RecordedAction['kind']) => actual.filter((action) => action.kind === kind).length;
    const crashes = crashing.crashes;
    process.stdout.write(
      `[year simulation] ${figures.cases} cases, ${caseEvents.size} case streams; ${count('reminder')} reminders, ` +
        `${count('due-soon')} due-soon, ${count('overdue')} overdue; 2 instances, ${figures.mainDownMornings} mornings with one, ` +
        `crashes ${JSON.stringify(crashes)}, ${figures.restarts} restarts; refused steps ${JSON.stringify(figures.refused)}; ${figures.seconds} s\n`,
    );
    // The year must have exercised what it claims to.
    expect(figures.cases).toBe(CASES);
    expect(count('reminder')).toBeGreaterThan(50);
    expect(count('due-soon')).toBeGreaterThan(50);
    expect(count('overdue')).toBeGreaterThan(20);
    expect(crashes['before-append']).toBeGreaterThan(0);
    expect(crashes['after-append']).toBeGreaterThan(0);
    expect(crashes['while-reading-the-log']).toBeGreaterThan(0);
  });

  it('only the crashing instance ever failed a case, and every reminder it recorded says the process manager sent it', async () => {
    const failed = (instance: ProcessManagerInstance) => (reports.get(instance) ?? []).reduce((sum, report) => sum + report.failed, 0);
    const reminders = [...(await allCaseEvents()).values()]
      .flat()
      .filter((event) => event.type === 'TakeChargeReminderSent' && event.metadata.actor.role === 'system');

    expect(failed(world.main)).toBe(0);
    expect(failed(second)).toBeGreaterThan(0);
    expect(reminders.length).toBeGreaterThan(0);
    expect(new Set(reminders.map((event) => (event.data as Extract<CaseEvent, { type: 'TakeChargeReminderSent' }>['data']).sentBy))).toEqual(
      new Set(['process_manager']),
    );
  });

  it('took the terms of the charter in force: both the defaults and the standards adopted during the year', async () => {
    const routings = [...(await allCaseEvents()).values()].flat().filter((event) => event.type === 'CaseRouted');
    const takeChargeDays = new Set(routings.map((event) => (event.data as { takeChargeTerms: { takeChargeDays: number } }).takeChargeTerms.takeChargeDays));
    expect([...takeChargeDays].sort()).toEqual([10, 7]);
  });

  it('folds every old event again from scratch into the same timers; ticks then, and over the past, record nothing', async () => {
    const timers = () => world.sql('SELECT case_id, revision, state, reminder_at, due_soon_at, overdue_at FROM case_timers ORDER BY case_id');
    await world.logVisible();
    await world.main.context.get<LogFollowing>(LOG_FOLLOWING).caughtUp('case_timers', 30_000); // the last day's office events
    const before = await timers();
    const [{ count: eventsBefore }] = await world.sql<{ count: number }>('SELECT count(*)::int AS count FROM events');
    await world.main.refoldTimers();
    crashing.restart();
    const replayed = await Promise.all([world.main.tick(), second.tick().catch(() => null)]);
    const rebuilt = await timers();
    // And ticks back in the past, the first of every month, with every timer as the year left it.
    const pastTicks: TickReport[] = [];
    for (let month = 1; month <= 12; month++) {
      world.clock.set(romeTime(`2026-${String(month).padStart(2, '0')}-01`, TICK_HOUR));
      pastTicks.push(await world.main.tick());
    }
    await world.logVisible();
    const [{ count: eventsAfter }] = await world.sql<{ count: number }>('SELECT count(*)::int AS count FROM events');

    expect(replayed[0]).toMatchObject({ reminders: 0, dueSoon: 0, overdue: 0, failed: 0 });
    expect(rebuilt).toEqual(before);
    expect(pastTicks.every((report) => report.reminders + report.dueSoon + report.overdue + report.failed === 0)).toBe(true);
    expect(eventsAfter).toBe(eventsBefore);
  });
});

/** A standard for reports' take-charge from May; one for information requests' reply from July. */
async function adoptCharterStandards(world: DeadlineWorld): Promise<void> {
  world.clock.set(romeTime(FIRST_DAY, 6));
  await world.office.adoptStandard({
    code: 'PRESA-IN-CARICO-SEGNALAZIONI',
    service: 'Segnalazioni',
    indicator: 'Presa in carico entro 7 giorni',
    measure: 'take_charge_days',
    target: { kind: 'max_days', days: 7 },
    appliesTo: ['report'],
    effectiveFrom: '2026-05-01',
  });
  await world.office.adoptStandard({
    code: 'RISPOSTA-INFORMAZIONI',
    service: 'Informazioni',
    indicator: 'Risposta entro 20 giorni',
    measure: 'final_reply_days',
    target: { kind: 'max_days', days: 20 },
    appliesTo: ['information_request'],
    effectiveFrom: '2026-07-01',
  });
}

function groupByDay(steps: readonly StoryStep[]): Map<RomeDate, StoryStep[]> {
  const byDay = new Map<RomeDate, StoryStep[]>();
  for (const step of steps) byDay.set(step.day, [...(byDay.get(step.day) ?? []), step]);
  return byDay;
}

/** What `wanted` holds that `held` does not, counting repeats. */
function missing(wanted: readonly RecordedAction[], held: readonly RecordedAction[]): RecordedAction[] {
  const key = (action: RecordedAction) => `${action.caseId}|${action.kind}|${action.subject}|${action.on}`;
  const counts = new Map<string, number>();
  for (const action of held) counts.set(key(action), (counts.get(key(action)) ?? 0) + 1);
  return wanted.filter((action) => {
    const left = counts.get(key(action)) ?? 0;
    counts.set(key(action), left - 1);
    return left <= 0;
  });
}
