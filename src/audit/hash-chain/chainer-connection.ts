/**
 * The chainer's session goes to the database the application's DataSource uses, but outside
 * its pool: the lease must live exactly as long as one session.
 */
import type { ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

export const CHAINER_APPLICATION_NAME = 'urp-hash-chainer';

export function chainerConnectionFor(dataSource: DataSource): ClientConfig {
  const options = dataSource.options;
  if (options.type !== 'postgres') throw new Error(`The hash chain needs PostgreSQL, not ${options.type}`);
  const postgres = options as PostgresConnectionOptions;
  return {
    connectionString: postgres.url,
    host: postgres.host,
    port: postgres.port,
    user: postgres.username,
    password: typeof postgres.password === 'string' ? postgres.password : undefined,
    database: postgres.database,
    ssl: postgres.ssl as ClientConfig['ssl'],
    application_name: CHAINER_APPLICATION_NAME,
    // A dead peer must end the session on our side too, or we would believe we still hold the lease.
    keepAlive: true,
  };
}
