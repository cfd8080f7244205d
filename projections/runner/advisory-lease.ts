/**
 * A lease held as a session-level PostgreSQL advisory lock on a dedicated connection: the
 * server releases it the moment that session ends, so a crashed or killed holder frees it
 * with no timeout to wait for and no stale row to clean up.
 *
 * Losing the connection means losing the lease; `onLost` says so at once. The writes that
 * the lease protects are fenced by their checkpoint rows anyway (batch-applier.ts), so a
 * holder that learns late can waste work but never apply an event twice.
 */
import { Client, ClientConfig } from 'pg';
import type { SqlExecutor } from './sql-executor';

/** The two-int4 form of advisory keys, so the keys are readable in pg_locks (classid, objid). */
export interface AdvisoryKey {
  namespace: number;
  id: number;
}

/** 'urp\0' as an int4: the namespace of this system's advisory locks. */
const URP_NAMESPACE = 0x75727000;
export const PROJECTOR_LEASE_KEY: AdvisoryKey = { namespace: URP_NAMESPACE, id: 1 };

/** One lock per projection, so that two rebuilds of it can never run at once. */
export function rebuildLockKey(projection: string): AdvisoryKey {
  return { namespace: URP_NAMESPACE + 1, id: fnv1a31(projection) };
}

export class AdvisoryLease {
  private client: Client | undefined;
  private held = false;

  constructor(
    private readonly config: ClientConfig,
    private readonly key: AdvisoryKey,
    private readonly onLost: (reason: string) => void = () => undefined,
  ) {}

  get isHeld(): boolean {
    return this.held;
  }

  /** Takes the lock if it is free; never waits for it. */
  async tryAcquire(): Promise<boolean> {
    if (this.held) return true;
    const client = await this.connection();
    const { rows } = await client.query<{ acquired: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS acquired', [
      this.key.namespace,
      this.key.id,
    ]);
    this.held = rows[0].acquired;
    return this.held;
  }

  /** Asks the server whether this session still holds the lock (a heartbeat); reports a loss. */
  async confirm(): Promise<boolean> {
    if (!this.held || !this.client) return false;
    try {
      const { rows } = await this.client.query<{ held: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE ${KEY_MATCH} AND pid = pg_backend_pid() AND granted) AS held`,
        [this.key.namespace, this.key.id],
      );
      if (!rows[0].held) this.lose('the server no longer lists the lock');
    } catch (error) {
      this.lose(`the lease connection failed: ${(error as Error).message}`);
    }
    return this.held;
  }

  /** Ends the session, which releases the lock. */
  async release(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.held = false;
    await client?.end().catch(() => undefined);
  }

  private async connection(): Promise<Client> {
    if (this.client) return this.client;
    const client = new Client(this.config);
    client.on('error', (error) => this.dropped(client, `the lease connection failed: ${error.message}`));
    client.on('end', () => this.dropped(client, 'the lease connection ended'));
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    return client;
  }

  private dropped(client: Client, reason: string): void {
    if (client !== this.client) return;
    this.client = undefined;
    void client.end().catch(() => undefined);
    this.lose(reason);
  }

  private lose(reason: string): void {
    if (!this.held) return;
    this.held = false;
    this.onLost(reason);
  }
}

/** Whether any session holds the lock (status, from any process). */
export async function isLockHeld(db: SqlExecutor, key: AdvisoryKey): Promise<boolean> {
  const rows: { held: boolean }[] = await db.query(
    `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE ${KEY_MATCH} AND granted) AS held`,
    [key.namespace, key.id],
  );
  return rows[0].held;
}

/**
 * pg_locks shows a two-int4 advisory key as classid, objid with objsubid 2. It lists the
 * whole server, while advisory locks belong to one database: keep to ours.
 */
const KEY_MATCH = `locktype = 'advisory' AND classid = $1::bigint::oid AND objid = $2::bigint::oid AND objsubid = 2
  AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;

/** FNV-1a, kept to 31 bits so that the key is the same positive number in int4 and oid. */
function fnv1a31(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash & 0x7fffffff;
}
