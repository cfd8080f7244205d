/**
 * A fresh database with two sectors, a clock the spec moves, and the first application
 * instance (office and process manager); more instances can be opened on the same database.
 */
import { randomUUID } from 'node:crypto';
import { openTestPool } from '../../support/test-pool';
import { caseStream, sectorStream, type SectorEvent } from '../../../src/contracts';
import type { DeadlinesOptions } from '../../../src/deadlines/deadlines-options';
import { PROCESS_MANAGER_ACTOR } from '../../../src/deadlines/process-manager-actor';
import type { TickReport } from '../../../src/deadlines/ticker/tick-report';
import { sectorDecider, stateFrom, type SectorCommand } from '../../../src/domain';
import type { EventStore, RecordedEvent } from '../../../src/event-store/event-store.port';
import { createPostgresEventStore } from '../../../src/event-store/postgres/postgres-event-store';
import { seedTestCatalogue } from '../../support/test-catalogue';
import { ManualClock } from '../../../src/shared/clock';
import { addCalendarDays, isBefore, romeDate, type RomeDate } from '../../../src/shared/rome-time';
import { provisionTestDatabase, type TestDatabase } from '../../support/database';
import { logVisible } from './log-visible';
import { Office, SECTORS } from './office';
import { openInstance, type ProcessManagerInstance } from './process-manager-instance';
import { romeTime, TICK_HOUR } from './rome-clock';

/** A process manager action as the case stream records it. */
export interface RecordedAction {
  caseId: string;
  kind: 'reminder' | 'due-soon' | 'overdue';
  /** The reminder number, or the due date the alarm is about. */
  subject: string;
  /** The Rome date it was recorded on. */
  on: RomeDate;
}

export interface DeadlineWorld {
  database: TestDatabase;
  clock: ManualClock;
  /** A healthy connection to the events, for the spec's own reads. */
  store: EventStore;
  /** The first instance: the office works through it, and it runs the process manager too. */
  main: ProcessManagerInstance;
  office: Office;
  /** Another instance of the application on the same database, with its own event store (possibly a crashing one, which the world then owns). */
  openInstance(store?: EventStore, deadlines?: DeadlinesOptions): Promise<ProcessManagerInstance>;
  /** Moves the clock forward to `hours` on `day` (Rome); refuses to go back. */
  at(day: RomeDate, hours?: number): void;
  /**
   * At 07:00 on every day after the clock's day, through `lastDay`: the instances tick
   * together (the main one alone by default). Returns every report.
   */
  tickDaysThrough(lastDay: RomeDate, instances?: readonly ProcessManagerInstance[]): Promise<TickReport[]>;
  /** Waits until the global log shows every event committed so far (see log-visible.ts). */
  logVisible(): Promise<void>;
  caseEvents(caseId: string): Promise<RecordedEvent[]>;
  actionsOn(caseId: string): Promise<RecordedAction[]>;
  sql<Row>(text: string, values?: unknown[]): Promise<Row[]>;
  stop(): Promise<void>;
}

export async function startDeadlineWorld(start: RomeDate): Promise<DeadlineWorld> {
  const database = await provisionTestDatabase();
  const clock = new ManualClock(romeTime(start, TICK_HOUR));
  const store = createPostgresEventStore({ connectionString: database.url, maxConnections: 3 });
  const pool = openTestPool(database.url, 2);
  const opened: ProcessManagerInstance[] = [];
  const extraStores: EventStore[] = [];
  const open = async (instanceStore: EventStore, deadlines?: DeadlinesOptions) => {
    // The first instance runs the projector (the timers follower); the others tick on what it folds.
    const instance = await openInstance({ databaseUrl: database.url, store: instanceStore, clock, deadlines, followsTheLog: opened.length === 0 });
    opened.push(instance);
    return instance;
  };
  await establishSectors(store, clock.now().toISOString());
  // Registration checks the case's category against the catalogue.
  const slugs = new Map<string, string>([
    ['lavori-pubblici', SECTORS.lavoriPubblici],
    ['polizia-locale', SECTORS.poliziaLocale],
  ]);
  await seedTestCatalogue(store, (slug) => slugs.get(slug) ?? null, clock.now().toISOString());
  // The application folds the catalogue from the log once, at first use: let it show the whole catalogue.
  await logVisible(pool, store);
  const main = await open(store);

  const world: DeadlineWorld = {
    database,
    clock,
    store,
    main,
    office: new Office(main.commands),
    openInstance: async (instanceStore, deadlines) => {
      // The world closes the instance's store at the end, whoever made it.
      const own = instanceStore ?? createPostgresEventStore({ connectionString: database.url, maxConnections: 3 });
      extraStores.push(own);
      return open(own, deadlines);
    },
    at(day, hours = 9) {
      const next = romeTime(day, hours);
      if (isBefore(next, clock.now().toISOString())) throw new Error(`The clock cannot go back to ${next}`);
      clock.set(next);
    },
    async tickDaysThrough(lastDay, instances = [main]) {
      const reports: TickReport[] = [];
      for (let day = addCalendarDays(romeDate(clock.now()), 1); day <= lastDay; day = addCalendarDays(day, 1)) {
        world.at(day, TICK_HOUR);
        await world.logVisible();
        reports.push(...(await Promise.all(instances.map((instance) => instance.tick()))));
      }
      return reports;
    },
    logVisible: async () => {
      await logVisible(pool, store);
    },
    caseEvents: (caseId) => store.readStream(caseStream(caseId)),
    async actionsOn(caseId) {
      return recordedActions(await store.readStream(caseStream(caseId)));
    },
    async sql(text, values) {
      return (await pool.query(text, values)).rows;
    },
    async stop() {
      for (const instance of opened.reverse()) await instance.close();
      for (const extra of extraStores) await extra.close();
      await store.close();
      await pool.end();
      await database.dispose();
    },
  };
  return world;
}

/** The process manager's actions among a case's events, in stream order. */
export function recordedActions(events: readonly RecordedEvent[]): RecordedAction[] {
  return events.filter((event) => event.metadata.actor.id === PROCESS_MANAGER_ACTOR.id).map(toAction);
}

function toAction(event: RecordedEvent): RecordedAction {
  const data = event.data as Record<string, string | number>;
  const caseId = String(data.caseId);
  switch (event.type) {
    case 'TakeChargeReminderSent':
      return { caseId, kind: 'reminder', subject: String(data.reminderNumber), on: romeDate(String(data.sentAt)) };
    case 'FinalReplyDueSoon':
      return { caseId, kind: 'due-soon', subject: String(data.finalReplyDueDate), on: romeDate(String(data.warnedAt)) };
    case 'FinalReplyOverdue':
      return { caseId, kind: 'overdue', subject: String(data.finalReplyDueDate), on: romeDate(String(data.markedAt)) };
    default:
      throw new Error(`The process manager recorded an unexpected ${event.type}`);
  }
}

/** What an admin would have done through the sectors API. */
async function establishSectors(store: EventStore, at: string): Promise<void> {
  const admin = { id: 'admin-sara', role: 'admin' as const };
  const names = { [SECTORS.lavoriPubblici]: ['Lavori Pubblici', 'lavori-pubblici'], [SECTORS.poliziaLocale]: ['Polizia Locale', 'polizia-locale'] };
  for (const [sectorId, [name, slug]] of Object.entries(names)) {
    const command: SectorCommand = { type: 'EstablishSector', actor: admin, at, sectorId, name, slug };
    const events: SectorEvent[] = sectorDecider.decide(command, stateFrom(sectorDecider, []));
    await store.appendToStream(
      sectorStream(sectorId),
      events.map((event) => ({
        id: randomUUID(),
        type: event.type,
        data: event.data,
        metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: admin, recordedAt: at, schemaVersion: 1 },
      })),
      { expectedRevision: 'no_stream' },
    );
  }
}
