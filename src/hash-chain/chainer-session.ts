/**
 * The chainer's one dedicated connection: it holds the writer lease (a session-level advisory
 * lock, released by the server the moment the session ends, so a crashed chainer frees it
 * with nothing to clean up) and carries the chainer's writes, so that whoever writes is
 * the session that holds the lock.
 *
 * On the embedded PGlite every connection shares one session and advisory locks exclude
 * nothing; the chain stays correct there because the table refuses any link that does not
 * continue the last one (append-links.ts).
 */
import { Client, ClientConfig } from 'pg';

/** 'urpchain' as eight ASCII bytes: a single-bigint advisory key, apart from the two-int4 keys others use. */
export const HASH_CHAIN_LOCK_KEY = '8462950222037870958';

export class ChainerSession {
  private current: Client | undefined;
  private held = false;

  constructor(
    private readonly config: ClientConfig,
    /** Told when the session ends while the lease is held. */
    private readonly onLost: (reason: string) => void,
  ) {}

  get holdsLease(): boolean {
    return this.held;
  }

  /** Takes the lease if it is free; never waits for it. */
  async tryAcquireLease(): Promise<boolean> {
    if (this.held) return true;
    const client = await this.connection();
    const { rows } = await client.query<{ acquired: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS acquired', [
      HASH_CHAIN_LOCK_KEY,
    ]);
    this.held = rows[0].acquired;
    return this.held;
  }

  /** The session's connection, for the writes the lease protects. */
  client(): Client {
    if (!this.current || !this.held) throw new Error('The hash chainer does not hold the lease');
    return this.current;
  }

  /** Ends the session, which releases the lease. */
  async end(): Promise<void> {
    const client = this.current;
    this.current = undefined;
    this.held = false;
    await client?.end().catch(() => undefined);
  }

  private async connection(): Promise<Client> {
    if (this.current) return this.current;
    const client = new Client(this.config);
    client.on('error', (error) => this.dropped(client, `the chainer's connection failed: ${error.message}`));
    client.on('end', () => this.dropped(client, "the chainer's connection ended"));
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.current = client;
    return client;
  }

  private dropped(client: Client, reason: string): void {
    if (client !== this.current) return;
    this.current = undefined;
    void client.end().catch(() => undefined);
    if (!this.held) return;
    this.held = false;
    this.onLost(reason);
  }
}
