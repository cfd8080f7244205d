import { PasswordFingerprints } from '../../src/auth/users/password-fingerprints';
import { stableJson } from '../../src/command-handling/idempotent-answers';
import { newCommandContext } from '../../src/command-handling/command-context';

describe('PasswordFingerprints', () => {
  const fingerprints = new PasswordFingerprints({ jwtSecret: 'spec-jwt-secret-long-enough', tokenTtlSeconds: 60 });
  const contextWith = (body: Record<string, unknown>) => ({
    ...newCommandContext('create-user', { id: 'admin-1', role: 'admin' }),
    request: { params: {}, body },
  });
  const fingerprint = (body: Record<string, unknown>) => stableJson(fingerprints.withoutPasswords(contextWith(body), ['password']).request);

  it('keeps no password in the request an Idempotency-Key is checked against', () => {
    const print = fingerprint({ username: 'mrossi', password: 'segreta-123' });
    expect(print).not.toContain('segreta-123');
    expect(print).toContain('"username":"mrossi"');
    expect(print).toMatch(/"password":"hmac-sha256:[0-9a-f]{64}"/);
  });

  it('tells requests apart by their password, and the same request alike', () => {
    expect(fingerprint({ username: 'mrossi', password: 'segreta-123' })).toBe(fingerprint({ username: 'mrossi', password: 'segreta-123' }));
    expect(fingerprint({ username: 'mrossi', password: 'segreta-123' })).not.toBe(fingerprint({ username: 'mrossi', password: 'segreta-124' }));
  });

  it('depends on the server secret, so a stored fingerprint cannot be checked against guesses without it', () => {
    const other = new PasswordFingerprints({ jwtSecret: 'another-jwt-secret-long-enough', tokenTtlSeconds: 60 });
    const body = { password: 'segreta-123' };
    expect(stableJson(other.withoutPasswords(contextWith(body), ['password']).request)).not.toBe(fingerprint(body));
  });
});
