/** What the runner's SQL helpers need: a DataSource, an EntityManager or a QueryRunner all fit. */
export interface SqlExecutor {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/** Quotes an identifier PostgreSQL generated (index, constraint, sequence names). */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
