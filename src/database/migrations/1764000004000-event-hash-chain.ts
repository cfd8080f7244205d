import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hash chain over the event log, for tamper evidence (src/hash-chain). One row per
 * event in global order: hash = sha256(previous_hash || canonical content of the event).
 * The table lives in the PostgreSQL database whichever event store adapter holds the events.
 * Names are spelled out here rather than imported so this migration stays as it first ran.
 *
 * The database keeps the chain append-only (like the events table) and contiguous: a row must
 * continue the row before it, so a writer that lost a race, or a bug, can never leave a gap,
 * a fork or a link out of order.
 */
export class EventHashChain1764000004000 implements MigrationInterface {
  name = 'EventHashChain1764000004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE event_hash_chain (
        sequence bigint PRIMARY KEY CHECK (sequence >= 1),
        position_commit bigint NOT NULL CHECK (position_commit >= 0),
        position_prepare bigint NOT NULL CHECK (position_prepare >= 0),
        event_id uuid NOT NULL,
        hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
        previous_hash text NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
        chained_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT event_hash_chain_position_key UNIQUE (position_commit, position_prepare),
        CONSTRAINT event_hash_chain_event_id_key UNIQUE (event_id)
      )`);

    await queryRunner.query(`
      CREATE FUNCTION event_hash_chain_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the event hash chain is append-only: % on % refused', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'restrict_violation';
      END
      $$`);
    await queryRunner.query(
      'CREATE TRIGGER event_hash_chain_refuse_update BEFORE UPDATE ON event_hash_chain FOR EACH ROW EXECUTE FUNCTION event_hash_chain_refuse_change()',
    );
    await queryRunner.query(
      'CREATE TRIGGER event_hash_chain_refuse_delete BEFORE DELETE ON event_hash_chain FOR EACH ROW EXECUTE FUNCTION event_hash_chain_refuse_change()',
    );
    await queryRunner.query(
      'CREATE TRIGGER event_hash_chain_refuse_truncate BEFORE TRUNCATE ON event_hash_chain FOR EACH STATEMENT EXECUTE FUNCTION event_hash_chain_refuse_change()',
    );

    // Each row must follow the committed (or same-statement) row before it. Two writers racing
    // for one sequence are already stopped by the primary key; this stops gaps and forks.
    await queryRunner.query(`
      CREATE FUNCTION event_hash_chain_require_continuity() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        before event_hash_chain%ROWTYPE;
      BEGIN
        IF NEW.sequence = 1 THEN
          IF NEW.previous_hash <> repeat('0', 64) THEN
            RAISE EXCEPTION 'event hash chain: link 1 must continue the genesis hash'
              USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          RETURN NEW;
        END IF;
        SELECT * INTO before FROM event_hash_chain WHERE sequence = NEW.sequence - 1;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'event hash chain: link % has no link % before it', NEW.sequence, NEW.sequence - 1
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF before.hash <> NEW.previous_hash THEN
          RAISE EXCEPTION 'event hash chain: link % does not continue the hash of link %', NEW.sequence, before.sequence
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF (NEW.position_commit, NEW.position_prepare) <= (before.position_commit, before.position_prepare) THEN
          RAISE EXCEPTION 'event hash chain: link % is not after link % in the global order', NEW.sequence, before.sequence
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(
      'CREATE TRIGGER event_hash_chain_continuity BEFORE INSERT ON event_hash_chain FOR EACH ROW EXECUTE FUNCTION event_hash_chain_require_continuity()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE event_hash_chain');
    await queryRunner.query('DROP FUNCTION event_hash_chain_require_continuity()');
    await queryRunner.query('DROP FUNCTION event_hash_chain_refuse_change()');
  }
}
