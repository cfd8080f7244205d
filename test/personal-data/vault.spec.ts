import { randomUUID } from 'node:crypto';
import { ERASED, ERASED_DISPLAY_TEXT, isErased } from '../../src/personal-data/erased';
import { MalformedSealedEnvelopeError, SealedDataTamperedError, UnknownDataKeyError } from '../../src/personal-data/errors';
import { isSealedEnvelope, SealedEnvelope } from '../../src/personal-data/sealed-envelope';
import { PersonalDataVault } from '../../src/personal-data/vault/personal-data-vault';
import { InMemoryDataKeyStore } from './support/in-memory-data-key-store';

const ANNA = '0b7c7e3a-1111-8aaa-9bbb-000000000001';
const BRUNO = '0b7c7e3a-2222-8aaa-9bbb-000000000002';

function setup() {
  const store = new InMemoryDataKeyStore();
  return { store, vault: new PersonalDataVault(store) };
}

/** Flips one bit of a base64 field of the envelope. */
function tampered(envelope: SealedEnvelope, part: 'data' | 'tag' | 'iv'): SealedEnvelope {
  const bytes = Buffer.from(envelope.$sealed[part], 'base64');
  bytes[0] ^= 0x01;
  return { $sealed: { ...envelope.$sealed, [part]: bytes.toString('base64') } };
}

describe('PersonalDataVault', () => {
  it('round-trips any JSON value, never storing it in clear', async () => {
    const { vault } = setup();
    for (const value of ['Anna Verdi', 42, true, { street: 'Via Roma 1', city: 'Milano' }, ['a', 'b']]) {
      const envelope = await vault.seal(ANNA, value);
      expect(isSealedEnvelope(envelope)).toBe(true);
      expect(JSON.stringify(envelope)).not.toContain('Roma');
      expect(JSON.stringify(envelope)).not.toContain('Anna');
      await expect(vault.unseal(envelope)).resolves.toEqual(value);
      await expect(vault.unseal(envelope, ANNA)).resolves.toEqual(value);
    }
  });

  it('uses a fresh 96-bit nonce per value and the citizen key', async () => {
    const { vault } = setup();
    const first = await vault.seal(ANNA, 'same');
    const second = await vault.seal(ANNA, 'same');
    expect(Buffer.from(first.$sealed.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(first.$sealed.tag, 'base64')).toHaveLength(16);
    expect(first.$sealed.iv).not.toBe(second.$sealed.iv);
    expect(first.$sealed.data).not.toBe(second.$sealed.data);
    expect(first.$sealed.keyId).toBe(second.$sealed.keyId);
  });

  it('gives different citizens different keys', async () => {
    const { vault, store } = setup();
    const anna = await vault.seal(ANNA, 'x');
    const bruno = await vault.seal(BRUNO, 'x');
    expect(anna.$sealed.keyId).not.toBe(bruno.$sealed.keyId);
    expect(store.rows.get(anna.$sealed.keyId)!.key!.equals(store.rows.get(bruno.$sealed.keyId)!.key!)).toBe(false);
  });

  it.each(['data', 'tag', 'iv'] as const)('detects a tampered %s', async (part) => {
    const { vault } = setup();
    const envelope = await vault.seal(ANNA, 'Anna Verdi');
    await expect(vault.unseal(tampered(envelope, part))).rejects.toThrow(SealedDataTamperedError);
  });

  it('detects an envelope moved to another citizen (citizen bound as additional data)', async () => {
    const { vault } = setup();
    const envelope = await vault.seal(ANNA, 'Anna Verdi');
    await expect(vault.unseal(envelope, BRUNO)).rejects.toThrow(SealedDataTamperedError);
    await expect(vault.unsealFields({ citizenId: BRUNO, name: envelope }, ['name'])).rejects.toThrow(SealedDataTamperedError);
  });

  it('detects an envelope relabelled with another key id of the same citizen', async () => {
    const { vault, store } = setup();
    const envelope = await vault.seal(ANNA, 'Anna Verdi');
    // Give the same key material a second id: only the key id bound in the AAD differs.
    const original = store.rows.get(envelope.$sealed.keyId)!;
    store.rows.set('9f0e0a1b-0000-4000-8000-000000000000', { ...original, keyId: '9f0e0a1b-0000-4000-8000-000000000000' });
    const relabelled = { $sealed: { ...envelope.$sealed, keyId: '9f0e0a1b-0000-4000-8000-000000000000' } };
    await expect(vault.unseal(relabelled)).rejects.toThrow(SealedDataTamperedError);
  });

  it('refuses envelopes naming a key it never had', async () => {
    const { vault } = setup();
    const envelope = await vault.seal(ANNA, 'x');
    const foreign = { $sealed: { ...envelope.$sealed, keyId: '5d1e2f3a-0000-4000-8000-000000000000' } };
    await expect(vault.unseal(foreign)).rejects.toThrow(UnknownDataKeyError);
  });

  it('seals and unseals only the listed top-level fields', async () => {
    const { vault } = setup();
    const data = { caseId: 'c-1', citizenId: ANNA, channel: 'email', fullName: 'Anna Verdi', text: 'Buca in via Roma', phone: null };
    const sealed = await vault.sealFields(data, ['fullName', 'text', 'phone', 'missing'], ANNA);
    expect(sealed).toMatchObject({ caseId: 'c-1', citizenId: ANNA, channel: 'email', phone: null });
    expect(isSealedEnvelope(sealed.fullName)).toBe(true);
    expect(isSealedEnvelope(sealed.text)).toBe(true);
    expect('missing' in sealed).toBe(false);
    expect(data.fullName).toBe('Anna Verdi');
    await expect(vault.unsealFields(sealed, ['fullName', 'text', 'phone'])).resolves.toEqual(data);
    // Sealing twice does not wrap an envelope in another.
    await expect(vault.sealFields(sealed, ['fullName'], ANNA)).resolves.toEqual(sealed);
  });

  it('yields ERASED once the key is erased, and makes a new key when the citizen comes back', async () => {
    const { vault, store } = setup();
    const before = await vault.seal(ANNA, 'Anna Verdi');
    const bruno = await vault.seal(BRUNO, 'Bruno Neri');
    await store.eraseKeys(ANNA, new Date(), 'art. 17 GDPR');
    vault.forgetCitizen(ANNA);

    await expect(vault.unseal(before)).resolves.toBe(ERASED);
    await expect(vault.unsealFields({ citizenId: ANNA, name: before }, ['name'])).resolves.toEqual({ citizenId: ANNA, name: ERASED });
    await expect(vault.unseal(bruno)).resolves.toBe('Bruno Neri');

    const after = await vault.seal(ANNA, 'Anna Verdi, di nuovo');
    expect(after.$sealed.keyId).not.toBe(before.$sealed.keyId);
    await expect(vault.unseal(after)).resolves.toBe('Anna Verdi, di nuovo');
    await expect(vault.unseal(before)).resolves.toBe(ERASED);
  });

  it('sees an erasure made by another vault once its key is not cached', async () => {
    const store = new InMemoryDataKeyStore();
    const writer = new PersonalDataVault(store);
    const envelope = await writer.seal(ANNA, 'Anna Verdi');
    await store.eraseKeys(ANNA, new Date(), 'art. 17 GDPR');
    await expect(new PersonalDataVault(store).unseal(envelope)).resolves.toBe(ERASED);
  });

  it('caches keys: repeated seals and unseals do not read the store again', async () => {
    const { vault, store } = setup();
    const envelope = await vault.seal(ANNA, 'x');
    const reads = store.reads;
    await vault.seal(ANNA, 'y');
    await vault.unseal(envelope);
    expect(store.reads).toBe(reads);
  });

  it('treats citizen ids case-insensitively, as uuids are', async () => {
    const { vault } = setup();
    const envelope = await vault.seal(ANNA.toUpperCase(), 'Anna Verdi');
    await expect(vault.unseal(envelope, ANNA)).resolves.toBe('Anna Verdi');
    await expect(vault.unsealFields({ citizenId: ANNA.toUpperCase(), name: envelope }, ['name'])).resolves.toMatchObject({ name: 'Anna Verdi' });
    expect((await vault.seal(ANNA, 'x')).$sealed.keyId).toBe(envelope.$sealed.keyId);
  });

  it('refuses an envelope whose key id is not a uuid', async () => {
    const { vault } = setup();
    const envelope = await vault.seal(ANNA, 'x');
    await expect(vault.unseal({ $sealed: { ...envelope.$sealed, keyId: "x'; drop" } })).rejects.toThrow(MalformedSealedEnvelopeError);
  });

  it('refuses a citizen id that is not a uuid', async () => {
    const { vault } = setup();
    await expect(vault.seal('RSSMRA80A01H501U', 'x')).rejects.toThrow('citizenId must be a uuid');
  });
});

describe('ERASED marker', () => {
  it('is recognized, also after a JSON round trip, and has an Italian display text', () => {
    expect(isErased(ERASED)).toBe(true);
    expect(isErased(JSON.parse(JSON.stringify(ERASED)))).toBe(true);
    expect(isErased({ $erased: 'yes' })).toBe(false);
    expect(isErased('dati personali cancellati')).toBe(false);
    expect(ERASED_DISPLAY_TEXT).toBe('dati personali cancellati');
  });
});

describe('the vault cache', () => {
  it('trusts a live key for at most 10 s: an erasure by another process is honoured after that', async () => {
    const store = new InMemoryDataKeyStore();
    let now = 0;
    const reader = new PersonalDataVault(store, { now: () => now, ttlMs: 60_000 });
    const citizenId = randomUUID();
    const envelope = await new PersonalDataVault(store).seal(citizenId, 'Carla Blu');
    await expect(reader.unseal(envelope)).resolves.toBe('Carla Blu');
    await store.eraseKeys(citizenId, new Date(), 'Art. 17 GDPR');
    now += 9_000;
    await expect(reader.unseal(envelope)).resolves.toBe('Carla Blu');
    now += 1_001;
    await expect(reader.unseal(envelope)).resolves.toBe(ERASED);
  });
});
