/**
 * Least privilege (src/database/database-roles.ts): the role the running system connects as
 * may append to and read the event log and its hash chain, and keep its read models, but it
 * cannot change or remove what is written: no UPDATE, DELETE, TRUNCATE, no trigger disabled,
 * no DROP. The owner role that ran the migrations still can (that is who could).
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { provisionTestDatabase, TestDatabase } from '../support/database';

describe("the application role's privileges", () => {
  let database: TestDatabase;
  let app: Client;

  beforeAll(async () => {
    database = await provisionTestDatabase();
    app = new Client({ connectionString: database.appUrl });
    await app.connect();
  });
  afterAll(async () => {
    await app?.end();
    await database?.dispose();
  });

  const appendOne = () =>
    app.query(
      `INSERT INTO events (stream_name, stream_revision, event_id, event_type, data, metadata)
       VALUES ($1, 0, $2, 'SpecEvent', '{}', '{}') RETURNING global_position`,
      [`spec-${randomUUID()}`, randomUUID()],
    );

  it('is neither the owner nor a superuser', async () => {
    const { rows } = await app.query<{ me: string; superuser: string; owner: string }>(
      "SELECT current_user AS me, current_setting('is_superuser') AS superuser, tableowner AS owner FROM pg_tables WHERE tablename = 'events'",
    );
    expect(rows[0].superuser).toBe('off');
    expect(rows[0].owner).not.toBe(rows[0].me);
  });

  it('appends to and reads the event log', async () => {
    const appended = await appendOne();
    const read = await app.query('SELECT event_type FROM events WHERE global_position = $1', [appended.rows[0].global_position]);
    expect(read.rows).toEqual([{ event_type: 'SpecEvent' }]);
  });

  it.each([
    ['UPDATE', "UPDATE events SET event_type = 'Forged'"],
    ['DELETE', 'DELETE FROM events'],
    ['TRUNCATE', 'TRUNCATE events'],
    ['disable its triggers', 'ALTER TABLE events DISABLE TRIGGER ALL'],
    ['disable one trigger', 'ALTER TABLE events DISABLE TRIGGER events_refuse_update'],
    ['drop a trigger', 'DROP TRIGGER events_refuse_delete ON events'],
    ['DROP', 'DROP TABLE events'],
    ['UPDATE the hash chain', 'UPDATE event_hash_chain SET hash = hash'],
    ['DELETE from the hash chain', 'DELETE FROM event_hash_chain'],
    ['TRUNCATE the hash chain', 'TRUNCATE event_hash_chain'],
    ['disable the hash chain triggers', 'ALTER TABLE event_hash_chain DISABLE TRIGGER ALL'],
    ['DROP the hash chain', 'DROP TABLE event_hash_chain'],
    ['replace the trigger function', 'CREATE OR REPLACE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$'],
    ['rewrite the migrations bookkeeping', 'DELETE FROM schema_migrations'],
  ])('cannot %s', async (_what, statement) => {
    await expect(app.query(statement)).rejects.toMatchObject({ code: '42501' });
  });

  it('leaves the log as it was after every refused attempt, and the owner still sees the triggers on', async () => {
    const owner = new Client({ connectionString: database.url });
    await owner.connect();
    try {
      const { rows } = await owner.query<{ tgname: string; tgenabled: string }>(
        "SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'events'::regclass AND NOT tgisinternal ORDER BY tgname",
      );
      expect(rows.map((row) => row.tgname)).toEqual(['events_refuse_delete', 'events_refuse_truncate', 'events_refuse_update']);
      expect(rows.every((row) => row.tgenabled === 'O')).toBe(true);
      const forged = await owner.query("SELECT count(*)::int AS n FROM events WHERE event_type = 'Forged'");
      expect(forged.rows[0].n).toBe(0);
    } finally {
      await owner.end();
    }
  });

  it('keeps the rows of its other tables (keys, idempotency answers, checkpoints) and creates, renames and drops its read models', async () => {
    await app.query('SELECT count(*) FROM personal_data_keys');
    await app.query('DELETE FROM command_answers');
    await app.query('CREATE TABLE spec_read_model (id int PRIMARY KEY)');
    await app.query('ALTER TABLE spec_read_model RENAME TO spec_read_model_swapped');
    await app.query('TRUNCATE spec_read_model_swapped');
    await app.query('DROP TABLE spec_read_model_swapped');
  });
});
