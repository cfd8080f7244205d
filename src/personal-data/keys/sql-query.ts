import type { DataSource } from 'typeorm';

/** Runs one parameterized statement and returns its rows. */
export type SqlQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** Over the application's TypeORM pool: structured results give rows for every statement kind. */
export function sqlQueryFrom(dataSource: DataSource): SqlQuery {
  return async (sql, params) => {
    const runner = dataSource.createQueryRunner();
    try {
      return (await runner.query(sql, params, true)).records as Record<string, unknown>[];
    } finally {
      await runner.release();
    }
  };
}
