/**
 * Issue 10, defect 6: the erased key must not stay on disk. Data keys are stored only wrapped
 * under the configured KEK; an erasure rewrites the key table (VACUUM FULL), and a rotation
 * re-wraps the live keys under a new KEK, so once the old KEK is destroyed no copy of the
 * table (nor of its WAL, nor a backup) opens an erased citizen's data. Read from the
 * relation's files themselves, when the test database is on this machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../../src/config/app-config';
import { dataSourceOptions } from '../../src/database/data-source';
import { runPersonalDataCli } from '../../src/personal-data/cli';
import type { EventStore } from '../../src/event-store/event-store.port';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { ERASED } from '../../src/personal-data/erased';
import { CitizenErasure } from '../../src/personal-data/erasure/erase-citizen';
import type { DataKeyStore } from '../../src/personal-data/keys/data-key-store';
import { keyRingFrom, KeyUnwrapError } from '../../src/personal-data/keys/key-encryption-key';
import { createPostgresDataKeyStore } from '../../src/personal-data/keys/postgres-data-key-store';
import { sqlQueryFrom } from '../../src/personal-data/keys/sql-query';
import { PersonalDataVault } from '../../src/personal-data/vault/personal-data-vault';
import { ManualClock } from '../../src/shared/clock';
import { provisionTestDatabase, TestDatabase } from '../support/database';

const OLD_KEK = 'old-key-encryption-key-0123456789';
const NEW_KEK = 'new-key-encryption-key-9876543210';
const ADMIN = { id: 'c0ffee00-0000-4000-8000-000000000001', role: 'admin' as const };

describe('envelope encryption of the data keys', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let eventStore: EventStore;
  const clock = new ManualClock('2026-03-10T09:00:00.000Z');

  beforeAll(async () => {
    database = await provisionTestDatabase();
    dataSource = await new DataSource(dataSourceOptions({ url: database.url, poolSize: 4 })).initialize();
    eventStore = createPostgresEventStore({ connectionString: database.url, maxConnections: 4 });
  });
  afterAll(async () => {
    await eventStore?.close();
    await dataSource?.destroy();
    await database?.dispose();
  });

  const storeWith = (current: string, previous: string[] = []): DataKeyStore =>
    createPostgresDataKeyStore(sqlQueryFrom(dataSource), { keyRing: keyRingFrom(current, previous) });

  /** The key table's current file and every file it had before, as bytes (empty when gone), after a CHECKPOINT. */
  async function tableFiles(earlier: string[]): Promise<{ paths: string[]; bytes: Buffer } | null> {
    const [{ directory }] = await dataSource.query("SELECT current_setting('data_directory') AS directory");
    const [{ path }] = await dataSource.query("SELECT pg_relation_filepath('personal_data_keys') AS path");
    const current = join(directory, path);
    if (!existsSync(directory)) return null;
    await dataSource.query('CHECKPOINT');
    const paths = [...new Set([...earlier, current])];
    return { paths, bytes: Buffer.concat(paths.map((file) => (existsSync(file) ? readFileSync(file) : Buffer.alloc(0)))) };
  }

  it('after an erasure and a rotation, no raw key and no old version of a wrapped key is left in the table files', async () => {
    const before = storeWith(OLD_KEK);
    const vault = new PersonalDataVault(before);
    const [erased, kept] = [randomUUID(), randomUUID()];
    const erasedEnvelope = await vault.seal(erased, 'Giulia Neri');
    const keptEnvelope = await vault.seal(kept, 'Paolo Gialli');
    const erasedKey = (await before.liveKey(erased))!.key;
    const keptKey = (await before.liveKey(kept))!.key;
    const [{ wrapped: erasedWrapped }] = await dataSource.query('SELECT wrapped_key AS wrapped FROM personal_data_keys WHERE citizen_id = $1', [erased]);
    // A key stored raw by the version before envelope encryption.
    const legacy = { keyId: randomUUID(), citizenId: randomUUID(), key: randomBytes(32) };
    await dataSource.query('INSERT INTO personal_data_keys (key_id, citizen_id, key) VALUES ($1, $2, $3)', [legacy.keyId, legacy.citizenId, legacy.key]);

    const files = await tableFiles([]);
    if (files) {
      expect(files.bytes.includes(legacy.key)).toBe(true); // the check below can see a key
      expect(files.bytes.includes(erasedKey)).toBe(false); // wrapped from the start
    }

    await new CitizenErasure(eventStore, clock, before, vault).eraseCitizen({ citizenId: erased, legalReason: 'Art. 17 GDPR', actor: ADMIN });
    const rotating = storeWith(NEW_KEK, [OLD_KEK]);
    expect(await rotating.staleKeyCount()).toBe(2);
    expect(await rotating.rotate()).toEqual({ rewrapped: 2, live: 2 });
    expect(await rotating.staleKeyCount()).toBe(0);

    const secrets = { legacyKey: legacy.key, erasedKey, keptKey, erasedWrapped: Buffer.from(erasedWrapped) };
    const leftInFiles = async () => {
      const after = await tableFiles(files?.paths ?? []);
      return after ? Object.entries(secrets).filter(([, secret]) => after.bytes.includes(secret)).map(([name]) => name) : [];
    };
    // VACUUM FULL keeps a dead row version while a transaction older than its deletion is open
    // anywhere that counts for the horizon (other specs share this cluster): compact again, as
    // the next erasure or rotation would, until none is.
    for (let attempt = 0; attempt < 40 && (await leftInFiles()).length > 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await rotating.compact();
    }
    expect(await leftInFiles()).toEqual([]);
    const rows: { key: Buffer | null; kek_id: string | null; wrapped_key: Buffer | null }[] = await dataSource.query(
      'SELECT key, kek_id, wrapped_key FROM personal_data_keys WHERE erased_at IS NULL',
    );
    expect(rows.every((row) => row.key === null && row.kek_id === keyRingFrom(NEW_KEK).current.id && row.wrapped_key!.length === 60)).toBe(true);

    // The old KEK destroyed: the new one alone opens every live key.
    const onlyNew = new PersonalDataVault(storeWith(NEW_KEK));
    await expect(onlyNew.unseal(keptEnvelope)).resolves.toBe('Paolo Gialli');
    await expect(onlyNew.unseal(erasedEnvelope)).resolves.toBe(ERASED);
    expect((await storeWith(NEW_KEK).liveKey(legacy.citizenId))!.key).toEqual(legacy.key);
  });

  it('names the missing KEK when a key is wrapped under one that is not configured', async () => {
    const citizenId = randomUUID();
    await new PersonalDataVault(storeWith(NEW_KEK)).seal(citizenId, 'x');
    const error = await storeWith(OLD_KEK).liveKey(citizenId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeyUnwrapError);
    expect((error as Error).message).toMatch(/PERSONAL_DATA_KEK_PREVIOUS/);
  });

  it('refuses a wrapped key moved to another row', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const store = storeWith(NEW_KEK);
    await new PersonalDataVault(store).seal(a, 'x');
    await new PersonalDataVault(store).seal(b, 'y');
    await dataSource.query(
      'UPDATE personal_data_keys SET wrapped_key = (SELECT wrapped_key FROM personal_data_keys WHERE citizen_id = $1) WHERE citizen_id = $2',
      [a, b],
    );
    await expect(store.liveKey(b)).rejects.toBeInstanceOf(KeyUnwrapError);
  });

  it('keys:rotate re-wraps the keys under PERSONAL_DATA_KEK and says to destroy the previous one', async () => {
    const citizenId = randomUUID();
    await new PersonalDataVault(storeWith(OLD_KEK)).seal(citizenId, 'x');
    const out: string[] = [];
    const env = { DATABASE_URL: database.url, JWT_SECRET: 'rotate-spec-jwt-secret-0123', PERSONAL_DATA_SECRET: 'rotate-spec-secret-0123456', PERSONAL_DATA_KEK: NEW_KEK, PERSONAL_DATA_KEK_PREVIOUS: OLD_KEK };
    const io = { env, stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => out.push(text) } };
    expect(await runPersonalDataCli(['keys-rotate'], io)).toBe(0);
    expect(out.join('')).toMatch(/re-wrapped \d+ of \d+ live data keys.*destroy the previous key-encryption key/);
    await expect(storeWith(NEW_KEK).liveKey(citizenId)).resolves.toMatchObject({ citizenId });
  });

  it('requires PERSONAL_DATA_KEK outside the demo, validated like the other secrets', () => {
    const env = { DATABASE_URL: 'postgres://x@localhost/db', JWT_SECRET: 'jwt-secret-0123456789', PERSONAL_DATA_SECRET: 'personal-data-secret-0123' };
    expect(() => loadAppConfig(env)).toThrow(/PERSONAL_DATA_KEK is required/);
    expect(() => loadAppConfig({ ...env, PERSONAL_DATA_KEK: 'short' })).toThrow(/PERSONAL_DATA_KEK must be at least 16/);
    expect(() => loadAppConfig({ ...env, PERSONAL_DATA_KEK: NEW_KEK, PERSONAL_DATA_KEK_PREVIOUS: 'short' })).toThrow(/PERSONAL_DATA_KEK_PREVIOUS/);
    expect(loadAppConfig({ ...env, URP_DEMO: '1' }).personalDataKek).toMatch(/development secret/);
  });
});
