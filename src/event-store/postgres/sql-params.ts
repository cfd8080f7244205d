/** Collects the values of a parameterised statement and names their placeholders ($1, $2, ...). */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder, so SQL text and values can never drift apart. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * A statement the adapter runs on every append or read: `name` makes pg prepare it once per
 * connection, so PostgreSQL parses and plans it once instead of on every call.
 */
export interface NamedStatement {
  name: string;
  text: string;
  values: unknown[];
}

/** What the adapter needs from a pg Pool or Client: one parameterised query at a time. */
export interface SqlRunner {
  query<Row extends object>(text: string, values?: unknown[]): Promise<{ rows: Row[] }>;
  query<Row extends object>(statement: NamedStatement): Promise<{ rows: Row[] }>;
  /** Rows as arrays of column values, in select order (no object per row). */
  query<Row extends unknown[]>(statement: { text: string; values: unknown[]; rowMode: 'array' }): Promise<{ rows: Row[] }>;
}
