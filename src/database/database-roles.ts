/**
 * Least privilege: the schema belongs to an owner role that runs the migrations; the running
 * system connects as an application role that owns none of those tables. On the event log
 * and its hash chain it may only INSERT and SELECT, so it cannot UPDATE, DELETE, TRUNCATE,
 * disable their triggers (ALTER TABLE needs ownership) or DROP them, even through a bug or
 * an injected statement. On the other tables of the migrations (keys, idempotency answers,
 * checkpoints, timers) it gets the ordinary row privileges. The read models are tables the
 * projection runner creates, rebuilds and swaps at run time: the role may CREATE in the
 * schema and owns those tables itself.
 */
import { Client } from 'pg';

/** Tables whose rows are never changed once written: the application may only append and read. */
export const APPEND_ONLY_TABLES = ['events', 'event_hash_chain'] as const;

/** The migrations' own bookkeeping: the application only reads it. */
const OWNER_ONLY_TABLES = ['schema_migrations'];

export interface AppRole {
  name: string;
  /** Given to the role when it is created; omit on a server that authenticates otherwise (trust, certificates). */
  password?: string;
}

/**
 * Creates the application role when it does not exist (roles are server-wide), with LOGIN
 * and nothing else: not a superuser, no CREATEDB, no CREATEROLE, no BYPASSRLS. An existing
 * role is left as it is (its password is the administrator's business).
 */
export async function ensureAppRole(ownerUrl: string, role: AppRole): Promise<void> {
  await withClient(ownerUrl, async (owner) => {
    const name = owner.escapeIdentifier(role.name);
    const exists = await owner.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.name]);
    if (exists.rowCount === 0) {
      try {
        const password = role.password === undefined ? '' : ` PASSWORD ${owner.escapeLiteral(role.password)}`;
        await owner.query(`CREATE ROLE ${name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS${password}`);
      } catch (error) {
        // Another process created it meanwhile (specs in parallel, an api and a projections process).
        if (!isAlreadyThere(error)) throw error;
      }
    }
  });
}

/**
 * Grants the application role exactly what it needs on the database of `ownerUrl`, after
 * the migrations (so a table a new migration adds gets its privileges at the next start).
 * Idempotent; run it at every start.
 */
export async function grantAppRole(ownerUrl: string, roleName: string): Promise<void> {
  await withClient(ownerUrl, async (owner) => {
    const role = owner.escapeIdentifier(roleName);
    const database = owner.escapeIdentifier((await owner.query<{ db: string }>('SELECT current_database() AS db')).rows[0].db);
    const ownerRole = (await owner.query<{ name: string }>('SELECT current_user AS name')).rows[0].name;
    if (ownerRole === roleName) throw new Error(`The application role ${roleName} must not be the owner role`);
    const { rows } = await owner.query<{ table_name: string }>(
      `SELECT c.relname AS table_name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND pg_get_userbyid(c.relowner) <> $1`,
      [roleName],
    );
    const statements = [
      `GRANT CONNECT, TEMPORARY ON DATABASE ${database} TO ${role}`,
      // CREATE: the read models are the runner's own tables (created, rebuilt, swapped at run time).
      `GRANT USAGE, CREATE ON SCHEMA public TO ${role}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
      `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${role}`,
    ];
    for (const { table_name } of rows) {
      const table = owner.escapeIdentifier(table_name);
      // Start from nothing, so that a privilege granted by hand earlier does not linger.
      statements.push(`REVOKE ALL ON TABLE ${table} FROM ${role}`);
      if ((APPEND_ONLY_TABLES as readonly string[]).includes(table_name)) {
        statements.push(`GRANT SELECT, INSERT ON TABLE ${table} TO ${role}`);
      } else if (OWNER_ONLY_TABLES.includes(table_name)) {
        statements.push(`GRANT SELECT ON TABLE ${table} TO ${role}`);
      } else {
        statements.push(`GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE ${table} TO ${role}`);
      }
    }
    await owner.query('BEGIN');
    try {
      for (const statement of statements) await owner.query(statement);
      await owner.query('COMMIT');
    } catch (error) {
      await owner.query('ROLLBACK');
      throw error;
    }
  });
}

/** The role name a connection URL logs in as. */
export function roleOf(url: string): string {
  const user = decodeURIComponent(new URL(url).username);
  if (!user) throw new Error('The database URL names no user');
  return user;
}

/** The same server and database as `url`, as another role. */
export function urlAs(url: string, role: AppRole): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(role.name);
  parsed.password = role.password ? encodeURIComponent(role.password) : '';
  return parsed.toString();
}

function isAlreadyThere(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === '42710' || code === '23505';
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
