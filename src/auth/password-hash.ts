/**
 * Password hashes: scrypt with a random salt, parameters kept in the hash string so they can
 * be raised later without invalidating existing hashes.
 * Format: `scrypt$N=16384,r=8,p=1$<salt base64>$<key base64>`.
 */
import { randomBytes, scrypt, ScryptOptions, timingSafeEqual } from 'node:crypto';

interface ScryptParameters {
  N: number;
  r: number;
  p: number;
}

const CURRENT: ScryptParameters = { N: 16384, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, CURRENT);
  return `scrypt$N=${CURRENT.N},r=${CURRENT.r},p=${CURRENT.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const { parameters, salt, key } = parseHash(encoded);
  const candidate = await derive(password, salt, key.length, parameters);
  return timingSafeEqual(candidate, key);
}

function parseHash(encoded: string): { parameters: ScryptParameters; salt: Buffer; key: Buffer } {
  const match = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(encoded);
  if (!match) throw new Error('Unsupported password hash format');
  const parameters = { N: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  // Bounds keep a corrupted hash from asking for gigabytes of memory.
  const { N, r, p } = parameters;
  const powerOfTwo = (N & (N - 1)) === 0;
  if (!powerOfTwo || N < 1024 || N > 1 << 20 || r < 1 || r > 32 || p < 1 || p > 16) {
    throw new Error('Unsupported scrypt parameters in password hash');
  }
  const salt = Buffer.from(match[4], 'base64');
  const key = Buffer.from(match[5], 'base64');
  if (salt.length < 8 || key.length < 16) throw new Error('Password hash too short');
  return { parameters, salt, key };
}

function derive(password: string, salt: Buffer, length: number, { N, r, p }: ScryptParameters): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}
