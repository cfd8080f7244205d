/**
 * One way to get a database ready, for the server and the CLI alike: start the embedded
 * PostgreSQL when no DATABASE_URL is configured, run the migrations as the owner role,
 * give the application role its privileges (database-roles.ts), and hand back the URL the
 * running system connects with.
 */
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { runMigrations } from './data-source';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { ensureAppRole, grantAppRole, roleOf } from './database-roles';

export interface PreparedDatabase {
  /** What the running system connects as: the application role, or the owner without DATABASE_OWNER_URL. */
  url: string;
  /** The owner role's URL (migrations). */
  ownerUrl: string;
  /** True when the system runs with the least-privilege application role. */
  leastPrivilege: boolean;
  embedded?: EmbeddedPostgres;
  /** Folder of the embedded cluster. */
  embeddedDir?: string;
  stop(): Promise<void>;
}

export async function prepareDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'databaseOwnerUrl' | 'dataDir' | 'embeddedDatabasePort'>,
): Promise<PreparedDatabase> {
  if (!config.databaseUrl) {
    const embeddedDir = join(config.dataDir, 'postgres');
    const embedded = await startEmbeddedPostgres({ dataDir: embeddedDir, port: config.embeddedDatabasePort });
    try {
      await migrateAndGrant(embedded.ownerUrl, embedded.url);
    } catch (error) {
      await embedded.stop();
      throw error;
    }
    return { url: embedded.url, ownerUrl: embedded.ownerUrl, leastPrivilege: true, embedded, embeddedDir, stop: () => embedded.stop() };
  }
  if (config.databaseOwnerUrl) {
    await migrateAndGrant(config.databaseOwnerUrl, config.databaseUrl);
    return { url: config.databaseUrl, ownerUrl: config.databaseOwnerUrl, leastPrivilege: true, stop: async () => undefined };
  }
  // One URL only: the system runs as the owner of its tables (development; see the README).
  await runMigrations(config.databaseUrl);
  return { url: config.databaseUrl, ownerUrl: config.databaseUrl, leastPrivilege: false, stop: async () => undefined };
}

/** Migrations as the owner, then the application role's privileges (created if missing). */
export async function migrateAndGrant(ownerUrl: string, appUrl: string): Promise<void> {
  await runMigrations(ownerUrl);
  const role = roleOf(appUrl);
  const password = decodeURIComponent(new URL(appUrl).password) || undefined;
  await ensureAppRole(ownerUrl, { name: role, password });
  await grantAppRole(ownerUrl, role);
}
