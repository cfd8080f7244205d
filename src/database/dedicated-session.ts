/**
 * A session of its own on the database the application's DataSource uses, outside the
 * pool: an advisory-lock lease (the log runner's, a rebuild's) must live exactly as
 * long as one session.
 */
import type { ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

const SESSION_TIMEOUT_MS = 10_000;

export function sessionConfigFor(dataSource: DataSource, applicationName: string): ClientConfig {
  const options = dataSource.options;
  if (options.type !== 'postgres') throw new Error(`A dedicated session needs PostgreSQL, not ${options.type}`);
  const postgres = options as PostgresConnectionOptions;
  return {
    connectionString: postgres.url,
    host: postgres.host,
    port: postgres.port,
    user: postgres.username,
    password: typeof postgres.password === 'string' ? postgres.password : undefined,
    database: postgres.database,
    ssl: postgres.ssl as ClientConfig['ssl'],
    application_name: applicationName,
    // A dead server or a silent network must end the session on our side too, or we would
    // go on believing we hold a lease the server has already given to a standby (the fence
    // in projections/runner/batch-applier.ts keeps that harmless, but every batch would be wasted).
    keepAlive: true,
    keepAliveInitialDelayMillis: SESSION_TIMEOUT_MS,
    connectionTimeoutMillis: SESSION_TIMEOUT_MS,
    query_timeout: SESSION_TIMEOUT_MS,
  };
}
