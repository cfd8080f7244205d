/**
 * One LISTEN connection per store that wakes its subscriptions when an append commits.
 * It only makes live delivery prompt: subscriptions also poll, so a lost connection, a
 * missed notification or a server that never delivers them costs
 * latency, never an event. Hence failures here are absorbed and retried, not thrown.
 */
import { Client } from 'pg';
import { APPENDED_CHANNEL } from './append-sql';

export class AppendListener {
  private readonly listeners = new Set<() => void>();
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly connectionString: string,
    private readonly retryDelayMs: number,
  ) {}

  /** Calls `listener` after each committed append; returns the function that stops it. */
  onAppend(listener: () => void): () => void {
    this.listeners.add(listener);
    this.ensureConnected();
    return () => this.listeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.connecting;
    await this.disconnect();
  }

  private ensureConnected(): void {
    if (this.stopped || this.client || this.connecting || this.retryTimer) return;
    this.connecting = this.connect().finally(() => (this.connecting = undefined));
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString });
    client.on('error', () => void this.connectionLost(client));
    client.on('end', () => void this.connectionLost(client));
    client.on('notification', () => this.wakeAll());
    try {
      await client.connect();
      await client.query(`LISTEN ${APPENDED_CHANNEL}`);
      this.client = client;
      // Appends may have committed while we were not listening.
      this.wakeAll();
    } catch {
      await client.end().catch(() => undefined);
      this.scheduleRetry();
    }
  }

  private async connectionLost(client: Client): Promise<void> {
    if (this.client !== client) return;
    this.client = undefined;
    await client.end().catch(() => undefined);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.stopped || this.listeners.size === 0) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.ensureConnected();
    }, this.retryDelayMs);
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private wakeAll(): void {
    for (const listener of this.listeners) listener();
  }
}
