/**
 * A small projection for the runner's tests (and the child process of the kill test): per
 * stream, how many events and the last revision; per event, how many times it was applied
 * (an exactly-once check: any count above 1 is a double application) and by which writer.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../src/read-side';
import type { Projection, ProjectionContext } from '../runner/projection';

export const COUNTED = 'test.counted';
export const IGNORED = 'test.ignored';

export interface CountingOptions {
  name?: string;
  version?: number;
  /** Stored with every event it applies: tells two runners' writes apart. */
  writer?: string;
  /** Held inside every batch's transaction: makes batches slow enough to be killed mid-way. */
  sleepMs?: number;
  /** Throws for the events it returns true for (a handler bug). */
  failOn?: (event: RecordedEvent) => boolean;
  /** Told of each apply call: the batch sizes. */
  onApply?: (events: readonly RecordedEvent[]) => void;
  /** Version 2 adds a column: the schema change of the version test. */
  withTypeColumnInStreams?: boolean;
}

export class CountingProjection implements Projection {
  readonly name: string;
  readonly version: number;
  readonly handles = [COUNTED];
  readonly tables: readonly string[];
  writer: string;
  sleepMs: number;
  failOn: ((event: RecordedEvent) => boolean) | undefined;
  onApply: ((events: readonly RecordedEvent[]) => void) | undefined;

  constructor(private readonly options: CountingOptions = {}) {
    this.name = options.name ?? 'counting';
    this.version = options.version ?? 1;
    this.tables = [`${this.name}_streams`, `${this.name}_events`];
    this.writer = options.writer ?? 'default';
    this.sleepMs = options.sleepMs ?? 0;
    this.failOn = options.failOn;
    this.onApply = options.onApply;
  }

  get streamsTable(): string {
    return this.tables[0];
  }

  get eventsTable(): string {
    return this.tables[1];
  }

  async createTables(em: EntityManager, table: (logical: string) => string): Promise<void> {
    const streams = table(this.streamsTable);
    const events = table(this.eventsTable);
    const extra = this.options.withTypeColumnInStreams ? ', last_type text NOT NULL' : '';
    await em.query(
      `CREATE TABLE ${streams} (stream_name text PRIMARY KEY, events integer NOT NULL, last_revision integer NOT NULL${extra})`,
    );
    await em.query(`CREATE TABLE ${events} (
      event_id text PRIMARY KEY,
      stream_name text NOT NULL,
      position_commit bigint NOT NULL,
      position_prepare bigint NOT NULL,
      applied_count integer NOT NULL DEFAULT 1 CHECK (applied_count > 0),
      writer text NOT NULL)`);
    await em.query(`CREATE INDEX ${events}_by_stream ON ${events} (stream_name)`);
  }

  async apply(events: readonly RecordedEvent[], ctx: ProjectionContext): Promise<void> {
    this.onApply?.(events);
    if (this.sleepMs > 0) await ctx.em.query('SELECT pg_sleep($1)', [this.sleepMs / 1000]);
    const failing = this.failOn && events.find(this.failOn);
    if (failing) throw new Error(`cannot count event ${failing.id}`);
    await this.countEvents(events, ctx);
    await this.countStreams(events, ctx);
  }

  private async countEvents(events: readonly RecordedEvent[], ctx: ProjectionContext): Promise<void> {
    await ctx.em.query(
      `INSERT INTO ${ctx.table(this.eventsTable)} (event_id, stream_name, position_commit, position_prepare, writer)
       SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::text[])
       ON CONFLICT (event_id) DO UPDATE SET applied_count = ${ctx.table(this.eventsTable)}.applied_count + 1`,
      [
        events.map((event) => event.id),
        events.map((event) => event.streamName),
        events.map((event) => event.position.commit),
        events.map((event) => event.position.prepare),
        events.map(() => this.writer),
      ],
    );
  }

  private async countStreams(events: readonly RecordedEvent[], ctx: ProjectionContext): Promise<void> {
    const perStream = new Map<string, { count: number; lastRevision: number; lastType: string }>();
    for (const event of events) {
      const current = perStream.get(event.streamName) ?? { count: 0, lastRevision: -1, lastType: '' };
      perStream.set(event.streamName, { count: current.count + 1, lastRevision: Math.max(current.lastRevision, event.revision), lastType: event.type });
    }
    const streams = ctx.table(this.streamsTable);
    const names = [...perStream.keys()];
    const typed = this.options.withTypeColumnInStreams;
    await ctx.em.query(
      `INSERT INTO ${streams} (stream_name, events, last_revision${typed ? ', last_type' : ''})
       SELECT * FROM unnest($1::text[], $2::int[], $3::int[]${typed ? ', $4::text[]' : ''})
       ON CONFLICT (stream_name) DO UPDATE SET
         events = ${streams}.events + EXCLUDED.events,
         last_revision = GREATEST(${streams}.last_revision, EXCLUDED.last_revision)${typed ? ', last_type = EXCLUDED.last_type' : ''}`,
      [
        names,
        names.map((name) => perStream.get(name)!.count),
        names.map((name) => perStream.get(name)!.lastRevision),
        ...(typed ? [names.map((name) => perStream.get(name)!.lastType)] : []),
      ],
    );
  }
}

/** The same projection as a Nest provider with defaults, for ProjectionsModule.register and the CLI. */
@Injectable()
export class DefaultCountingProjection extends CountingProjection {
  constructor() {
    super({});
  }
}
