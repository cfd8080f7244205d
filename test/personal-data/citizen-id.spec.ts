import { deriveCitizenId } from '../../src/personal-data/citizen-id/citizen-id';
import { CitizenIds } from '../../src/personal-data/citizen-id/citizen-ids';

const SECRET = 'a-test-secret-of-enough-length';
const UUID_V8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('deriveCitizenId', () => {
  it('gives the same uuid-shaped id for the same fiscal code, however it is written', () => {
    const id = deriveCitizenId({ fiscalCode: 'RSSMRA80A01H501U' }, SECRET);
    expect(id).toMatch(UUID_V8);
    expect(deriveCitizenId({ fiscalCode: ' rss mra 80a01 h501u ', email: 'other@example.it' }, SECRET)).toBe(id);
  });

  it('prefers the fiscal code over the e-mail, and uses the normalized e-mail without one', () => {
    const byEmail = deriveCitizenId({ email: 'Mario.Rossi@Example.IT ' }, SECRET);
    expect(byEmail).toMatch(UUID_V8);
    expect(deriveCitizenId({ fiscalCode: '  ', email: 'mario.rossi@example.it' }, SECRET)).toBe(byEmail);
    expect(deriveCitizenId({ fiscalCode: 'RSSMRA80A01H501U', email: 'mario.rossi@example.it' }, SECRET)).not.toBe(byEmail);
  });

  it('depends on the secret, so ids cannot be recomputed without it', () => {
    expect(deriveCitizenId({ fiscalCode: 'RSSMRA80A01H501U' }, SECRET)).not.toBe(
      deriveCitizenId({ fiscalCode: 'RSSMRA80A01H501U' }, 'another-secret-of-enough-length'),
    );
  });

  it('keeps a fiscal code and an e-mail with the same text apart', () => {
    expect(deriveCitizenId({ fiscalCode: 'X@Y.IT' }, SECRET)).not.toBe(deriveCitizenId({ email: 'x@y.it' }, SECRET));
  });

  it('gives anonymous contacts a fresh random id each time', () => {
    const first = deriveCitizenId({}, SECRET);
    expect(first).toMatch(UUID_V4);
    expect(deriveCitizenId({ fiscalCode: null, email: '' }, SECRET)).not.toBe(first);
  });

  it('is offered as an injectable with the configured secret', () => {
    const ids = new CitizenIds({ citizenIdSecret: SECRET, keyEncryptionKey: 'spec-key-encryption-key-0123' });
    expect(ids.citizenIdFor({ email: 'a@b.it' })).toBe(deriveCitizenId({ email: 'a@b.it' }, SECRET));
  });
});
