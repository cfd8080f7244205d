/**
 * The one thing the chain's reads need from a connection: rows of a parameterised query.
 * A pg Client or Pool (the chainer, the CLI) and a TypeORM DataSource (the HTTP API, on the
 * application's pool) both fit behind it.
 */
import type { DataSource } from 'typeorm';

export interface ChainDb {
  query<Row extends object>(text: string, values?: unknown[]): Promise<Row[]>;
}

interface PgQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export function pgChainDb(pg: PgQueryable): ChainDb {
  return { query: async <Row extends object>(text: string, values?: unknown[]) => (await pg.query(text, values)).rows as Row[] };
}

export function dataSourceChainDb(dataSource: DataSource): ChainDb {
  return { query: <Row extends object>(text: string, values?: unknown[]) => dataSource.query<Row[]>(text, values) };
}

/** pg returns bigint as a string; the chain's numbers stay far below 2^53, and we refuse to round. */
export function toSafeNumber(text: string | number): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`Database integer ${text} does not fit a JavaScript number`);
  return value;
}
