import { hashPassword, verifyPassword } from '../../src/auth/password-hash';

describe('password hashing (scrypt)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery');
    await expect(verifyPassword('correct horse battery', hash)).resolves.toBe(true);
    await expect(verifyPassword('correct horse batterY', hash)).resolves.toBe(false);
  });

  it('keeps its parameters in the hash and salts every hash', async () => {
    const first = await hashPassword('same password');
    const second = await hashPassword('same password');
    expect(first).toMatch(/^scrypt\$N=16384,r=8,p=1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('same password');
  });

  it('derives with the parameters written in the hash, not the current ones', async () => {
    const hash = await hashPassword('pw-12345678');
    const [, , salt, key] = hash.split('$');
    // Same salt and key under other N: the derived key differs, so verification must fail.
    await expect(verifyPassword('pw-12345678', `scrypt$N=1024,r=8,p=1$${salt}$${key}`)).resolves.toBe(false);
  });

  it('refuses malformed hashes and unreasonable parameters', async () => {
    await expect(verifyPassword('x', 'plain-text')).rejects.toThrow('Unsupported password hash format');
    const salt = Buffer.alloc(16).toString('base64');
    const key = Buffer.alloc(32).toString('base64');
    await expect(verifyPassword('x', `scrypt$N=3000,r=8,p=1$${salt}$${key}`)).rejects.toThrow('Unsupported scrypt parameters');
    await expect(verifyPassword('x', `scrypt$N=${2 ** 24},r=8,p=1$${salt}$${key}`)).rejects.toThrow('Unsupported scrypt parameters');
  });
});
