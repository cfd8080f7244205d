import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only event log behind the PostgreSQL event store adapter
 * (src/event-store/postgres). Names are spelled out here rather than imported so that this
 * migration stays exactly what it was when it first ran.
 *
 * Global order is (transaction_id, global_position), not global_position alone: see
 * src/event-store/postgres/global-log-sql.ts for why. A later migration adds the hash chain
 * column for tamper evidence; nothing here stands in its way.
 */
export class EventStore1764000000000 implements MigrationInterface {
  name = 'EventStore1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE events (
        global_position bigserial PRIMARY KEY,
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        stream_name text NOT NULL CHECK (stream_name <> ''),
        stream_revision bigint NOT NULL CHECK (stream_revision >= 0),
        event_id uuid NOT NULL,
        event_type text NOT NULL CHECK (event_type <> ''),
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT events_event_id_key UNIQUE (event_id),
        CONSTRAINT events_stream_revision_key UNIQUE (stream_name, stream_revision)
      )`);
    // Reading the global log in order, and paging from a position.
    await queryRunner.query('CREATE INDEX events_global_order_idx ON events (transaction_id, global_position)');
    // Reads of all filtered by event type.
    await queryRunner.query(
      'CREATE INDEX events_type_global_order_idx ON events (event_type, transaction_id, global_position)',
    );
    // Reads of all filtered by stream prefix (LIKE 'prefix%'); stream reads use the unique key.
    await queryRunner.query('CREATE INDEX events_stream_prefix_idx ON events (stream_name text_pattern_ops)');

    // The database itself keeps the log append-only, whoever connects to it.
    await queryRunner.query(`
      CREATE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the event log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'restrict_violation';
      END
      $$`);
    await queryRunner.query(
      'CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION events_refuse_change()',
    );
    await queryRunner.query(
      'CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events FOR EACH ROW EXECUTE FUNCTION events_refuse_change()',
    );
    await queryRunner.query(
      'CREATE TRIGGER events_refuse_truncate BEFORE TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE events');
    await queryRunner.query('DROP FUNCTION events_refuse_change()');
  }
}
