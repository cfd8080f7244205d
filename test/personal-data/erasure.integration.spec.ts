import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import type { EventStore } from '../../src/event-store/event-store.port';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { ERASED } from '../../src/personal-data/erased';
import { CitizenErasure } from '../../src/personal-data/erasure/erase-citizen';
import { citizenStream, PERSONAL_DATA_ERASED } from '../../src/personal-data/erasure/personal-data-erased.event';
import type { DataKeyStore } from '../../src/personal-data/keys/data-key-store';
import { createPostgresDataKeyStore } from '../../src/personal-data/keys/postgres-data-key-store';
import { sqlQueryFrom } from '../../src/personal-data/keys/sql-query';
import { keyRingFrom } from '../../src/personal-data/keys/key-encryption-key';
import type { SealedEnvelope } from '../../src/personal-data/sealed-envelope';
import { PersonalDataVault } from '../../src/personal-data/vault/personal-data-vault';
import { ManualClock } from '../../src/shared/clock';
import { provisionTestDatabase, TestDatabase } from '../support/database';

const ADMIN = { id: 'c0ffee00-0000-4000-8000-000000000001', role: 'admin' as const };
const REASON = 'Richiesta ex art. 17 GDPR, prot. 123/2025';
const KEK = 'erasure-spec-key-encryption-key-01';

describe('crypto-shredding on PostgreSQL', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let eventStore: EventStore;
  let keys: DataKeyStore;
  let clock: ManualClock;

  beforeAll(async () => {
    database = await provisionTestDatabase();
    dataSource = await new DataSource(dataSourceOptions({ url: database.url, poolSize: 4 })).initialize();
    eventStore = createPostgresEventStore({ connectionString: database.url, maxConnections: 4 });
    keys = createPostgresDataKeyStore(sqlQueryFrom(dataSource), { keyRing: keyRingFrom(KEK) });
    clock = new ManualClock('2025-03-10T09:00:00.000Z');
  });

  afterAll(async () => {
    await eventStore?.close();
    await dataSource?.destroy();
    await database?.dispose();
  });

  function newVault(): PersonalDataVault {
    return new PersonalDataVault(keys);
  }

  function newErasure(vault: PersonalDataVault): CitizenErasure {
    return new CitizenErasure(eventStore, clock, keys, vault);
  }

  async function keyRows(citizenId: string) {
    return dataSource.query(
      'SELECT key_id, wrapped_key AS key, erased_at, erasure_reason FROM personal_data_keys WHERE citizen_id = $1 ORDER BY created_at',
      [citizenId],
    ) as Promise<{ key_id: string; key: Buffer | null; erased_at: Date | null; erasure_reason: string | null }[]>;
  }

  it('persists one key per citizen, wrapped under the KEK, usable by another process', async () => {
    const citizenId = randomUUID();
    const envelope = await newVault().seal(citizenId, { fullName: 'Anna Verdi' });
    const rows = await keyRows(citizenId);
    expect(rows).toHaveLength(1);
    expect(rows[0].key_id).toBe(envelope.$sealed.keyId);
    expect(rows[0].key).toHaveLength(60);
    const raw = (await keys.liveKey(citizenId))!.key;
    expect(rows[0].key!.includes(raw)).toBe(false);
    await expect(newVault().unseal(envelope, citizenId)).resolves.toEqual({ fullName: 'Anna Verdi' });
  });

  it('converges on one key when processes seal for a new citizen at once', async () => {
    const citizenId = randomUUID();
    const envelopes = await Promise.all(Array.from({ length: 8 }, () => newVault().seal(citizenId, 'x')));
    expect(new Set(envelopes.map((e) => e.$sealed.keyId)).size).toBe(1);
    expect(await keyRows(citizenId)).toHaveLength(1);
  });

  it('erases: records PersonalDataErased, destroys the key material, later reads yield ERASED', async () => {
    const anna = randomUUID();
    const bruno = randomUUID();
    const vault = newVault();
    const annaData = await vault.sealFields({ citizenId: anna, fullName: 'Anna Verdi', channel: 'phone' }, ['fullName'], anna);
    const brunoName = await vault.seal(bruno, 'Bruno Neri');

    const record = await newErasure(vault).eraseCitizen({ citizenId: anna, legalReason: REASON, actor: ADMIN });

    expect(record).toEqual({ citizenId: anna, legalReason: REASON, erasedAt: '2025-03-10T09:00:00.000Z', erasedBy: ADMIN, eventId: expect.any(String) });
    const [event] = await eventStore.readStream(citizenStream(anna));
    expect(event).toMatchObject({
      id: record.eventId,
      type: PERSONAL_DATA_ERASED,
      data: { citizenId: anna, legalReason: REASON, erasedAt: '2025-03-10T09:00:00.000Z', keyIds: [(annaData.fullName as SealedEnvelope).$sealed.keyId] },
      metadata: { actor: ADMIN, recordedAt: '2025-03-10T09:00:00.000Z', schemaVersion: 1 },
    });
    expect(event.metadata.correlationId).toEqual(expect.any(String));
    expect(event.metadata.causationId).toEqual(expect.any(String));

    const [row] = await keyRows(anna);
    expect(row).toMatchObject({ key: null, erasure_reason: REASON });
    expect(row.erased_at).toEqual(new Date('2025-03-10T09:00:00.000Z'));

    await expect(vault.unsealFields(annaData, ['fullName'])).resolves.toEqual({ citizenId: anna, fullName: ERASED, channel: 'phone' });
    await expect(newVault().unsealFields(annaData, ['fullName'])).resolves.toMatchObject({ fullName: ERASED });
    await expect(newVault().unseal(brunoName)).resolves.toBe('Bruno Neri');
  });

  it('is idempotent: a second erasure appends nothing and returns the first record', async () => {
    const citizenId = randomUUID();
    const vault = newVault();
    await vault.seal(citizenId, 'Carla Gialli');
    const first = await newErasure(vault).eraseCitizen({ citizenId, legalReason: REASON, actor: ADMIN });
    clock.advanceDays(1);
    const second = await newErasure(newVault()).eraseCitizen({ citizenId, legalReason: 'another reason', actor: { id: 'x', role: 'admin' as const } });
    expect(second).toEqual(first);
    expect(await eventStore.readStream(citizenStream(citizenId))).toHaveLength(1);
  });

  it('converges on one erasure when requested concurrently', async () => {
    const citizenId = randomUUID();
    await newVault().seal(citizenId, 'Dario Blu');
    const records = await Promise.all(
      Array.from({ length: 4 }, () => newErasure(newVault()).eraseCitizen({ citizenId, legalReason: REASON, actor: ADMIN })),
    );
    expect(new Set(records.map((r) => r.eventId)).size).toBe(1);
    expect(await eventStore.readStream(citizenStream(citizenId))).toHaveLength(1);
    expect((await keyRows(citizenId)).every((row) => row.key === null)).toBe(true);
  });

  it('finishes an erasure whose process died after recording it, without a second record', async () => {
    const citizenId = randomUUID();
    const vault = newVault();
    const envelope = await vault.seal(citizenId, 'Elena Rosa');
    // The event is written, the keys are not yet destroyed: what a crash in between leaves.
    await eventStore.appendToStream(citizenStream(citizenId), [
      {
        id: randomUUID(),
        type: PERSONAL_DATA_ERASED,
        data: { citizenId, legalReason: REASON, erasedAt: clock.now().toISOString(), keyIds: [envelope.$sealed.keyId] },
        metadata: { correlationId: 'c', causationId: 'c', actor: ADMIN, recordedAt: clock.now().toISOString(), schemaVersion: 1 },
      },
    ]);
    await expect(newVault().unseal(envelope)).resolves.toBe('Elena Rosa');

    const record = await newErasure(vault).eraseCitizen({ citizenId, legalReason: REASON, actor: ADMIN });

    const events = await eventStore.readStream(citizenStream(citizenId));
    expect(events).toHaveLength(1);
    expect(record.eventId).toBe(events[0].id);
    await expect(vault.unseal(envelope)).resolves.toBe(ERASED);
  });

  it('gives a returning citizen a new key, which a new erasure destroys too', async () => {
    const citizenId = randomUUID();
    const vault = newVault();
    const old = await vault.seal(citizenId, 'Franco Viola');
    const first = await newErasure(vault).eraseCitizen({ citizenId, legalReason: REASON, actor: ADMIN });

    clock.advanceDays(30);
    const fresh = await vault.seal(citizenId, 'Franco Viola, nuovo caso');
    expect(fresh.$sealed.keyId).not.toBe(old.$sealed.keyId);
    await expect(newVault().unseal(fresh)).resolves.toBe('Franco Viola, nuovo caso');
    await expect(newVault().unseal(old)).resolves.toBe(ERASED);

    const second = await newErasure(vault).eraseCitizen({ citizenId, legalReason: 'Seconda richiesta', actor: ADMIN });
    expect(second.eventId).not.toBe(first.eventId);
    expect(await eventStore.readStream(citizenStream(citizenId))).toHaveLength(2);
    await expect(newVault().unseal(fresh)).resolves.toBe(ERASED);
    expect((await keyRows(citizenId)).map((row) => row.key)).toEqual([null, null]);
  });

  it('refuses to erase a citizen id that never existed (404) and records nothing', async () => {
    const citizenId = randomUUID();
    await expect(newErasure(newVault()).eraseCitizen({ citizenId, legalReason: REASON, actor: ADMIN })).rejects.toMatchObject({ status: 404 });
    expect(await eventStore.readStream(citizenStream(citizenId))).toHaveLength(0);
  });

  it('rejects key rows that break the erased-iff-no-key rule', async () => {
    await expect(
      dataSource.query('INSERT INTO personal_data_keys (key_id, citizen_id, key) VALUES ($1, $2, NULL)', [randomUUID(), randomUUID()]),
    ).rejects.toThrow(/personal_data_keys_erased_iff_no_key/);
  });
});
