/** Collects the values of a parameterised statement and names their placeholders ($1, $2, ...). */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder, so SQL text and values can never drift apart. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** What the adapter needs from a pg Pool or Client: one parameterised query at a time. */
export interface SqlRunner {
  query<Row extends object>(text: string, values?: unknown[]): Promise<{ rows: Row[] }>;
}
