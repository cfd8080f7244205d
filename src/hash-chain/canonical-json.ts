/**
 * Canonical JSON: one byte sequence per JSON value, whoever stored or parsed it.
 * Object keys are sorted (by UTF-16 code units, as Array.prototype.sort does), there is no
 * whitespace, strings and numbers are written as JSON.stringify writes them (the ECMAScript
 * shortest round-trip form, which is also RFC 8785's). It is what the hash chain hashes, so
 * that PostgreSQL's jsonb (which reorders keys) and EventStoreDB's stored bytes (which keep
 * the writer's order) give the same hash for the same content.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, path: string): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return writeNumber(value, path);
  if (Array.isArray(value)) return `[${value.map((item, index) => write(item, `${path}[${index}]`)).join(',')}]`;
  if (isPlainObject(value)) return writeObject(value, path);
  // undefined, bigint, functions, Dates...: not JSON, so no parsed event can hold them.
  throw new TypeError(`Not canonical JSON at ${path}: ${describe(value)}`);
}

function writeNumber(value: number, path: string): string {
  // JSON has no NaN or Infinity; JSON.stringify would silently write null and hide the change.
  if (!Number.isFinite(value)) throw new TypeError(`Not canonical JSON at ${path}: ${value}`);
  return JSON.stringify(value);
}

function writeObject(value: Record<string, unknown>, path: string): string {
  const members = Object.keys(value)
    .sort()
    // An undefined member is absent in JSON: skip it, as JSON.stringify does.
    .filter((key) => value[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${write(value[key], `${path}.${key}`)}`);
  return `{${members.join(',')}}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function describe(value: unknown): string {
  if (typeof value === 'object' && value !== null) return value.constructor?.name ?? 'object';
  return typeof value;
}
