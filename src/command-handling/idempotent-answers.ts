import { createHash } from 'node:crypto';
import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CommandContext } from './command-context';
import { setTimeout as sleep } from 'node:timers/promises';
import { AnswerWriter } from './answer-writer';
import { IdempotencyKeyReusedError, PersistentConflictError } from './command-errors';

export interface CommandAnswer<Body = unknown> {
  statusCode: number;
  body: Body;
  /** True when this is the stored answer of an earlier request with the same key. */
  replayed?: boolean;
}

/** A claim older than this, still without an answer, was left by a process that stopped: it may be taken over. */
const STALE_CLAIM_SECONDS = 30;
/** How long a request waits for a concurrent one with the same key and body to answer. */
const MAX_WAIT_MS = 15_000;

interface AnswerRow {
  request_hash: string;
  status_code: number | null;
  body: unknown;
}

/**
 * Remembers the first successful answer of each (command, actor, Idempotency-Key), so a
 * retry gets exactly that answer. The key is CLAIMED before the command runs (one INSERT
 * ... ON CONFLICT DO NOTHING of a row holding the request's hash and no answer yet), so of
 * concurrent requests with the same key exactly one runs: one with another body is refused
 * at once (422 IDEMPOTENCY_KEY_REUSED: the key belongs to the body that claimed it), one
 * with the same body waits for the first answer. An error releases the claim: nothing was
 * appended, so a retry is decided afresh. The event ids are derived from the key as well
 * (DecideAndAppend), which covers a crash between the append and the answer: the claim
 * goes stale, is taken over, and the command finds its events already stored. The answer
 * itself is written off the request's path, batched (AnswerWriter).
 */
@Injectable()
export class IdempotentAnswers implements BeforeApplicationShutdown {
  private readonly answerWriter: AnswerWriter;

  constructor(private readonly dataSource: DataSource) {
    this.answerWriter = new AnswerWriter(dataSource);
  }

  /** The answers of the last requests are written before the database pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.answerWriter.written();
  }

  async run<Body>(context: CommandContext, request: unknown, work: () => Promise<CommandAnswer<Body>>): Promise<CommandAnswer<Body>> {
    const key = context.idempotencyKey;
    if (!key) return work();
    const scope = `${context.commandName}:${context.actor.id}`;
    const requestHash = createHash('sha256').update(stableJson(request)).digest('hex');
    const deadline = Date.now() + MAX_WAIT_MS;
    for (let round = 0; ; round++) {
      if (await this.claim(scope, key, requestHash)) return this.runClaimed(scope, key, work);
      const earlier = await this.find(scope, key);
      if (earlier === undefined) continue; // released between the two statements: claim again
      if (earlier.request_hash !== requestHash) throw new IdempotencyKeyReusedError(key);
      if (earlier.status_code !== null) return { statusCode: earlier.status_code, body: earlier.body as Body, replayed: true };
      if (await this.takeOverStale(scope, key, requestHash)) return this.runClaimed(scope, key, work);
      if (Date.now() > deadline) throw new PersistentConflictError(`idempotency key ${key}`, round + 1);
      await sleep(Math.min(100, 5 * 2 ** round) * (0.5 + Math.random() / 2));
    }
  }

  private async runClaimed<Body>(scope: string, key: string, work: () => Promise<CommandAnswer<Body>>): Promise<CommandAnswer<Body>> {
    let answer: CommandAnswer<Body>;
    try {
      answer = await work();
    } catch (error) {
      await this.dataSource.query(
        'DELETE FROM command_answers WHERE scope = $1 AND idempotency_key = $2 AND status_code IS NULL',
        [scope, key],
      );
      throw error;
    }
    this.answerWriter.record({ scope, key, statusCode: answer.statusCode, body: answer.body });
    return answer;
  }

  /** True when this request now holds the key. */
  private async claim(scope: string, key: string, requestHash: string): Promise<boolean> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO command_answers (scope, idempotency_key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING scope`,
      [scope, key, requestHash],
    );
    return inserted.length === 1;
  }

  private async takeOverStale(scope: string, key: string, requestHash: string): Promise<boolean> {
    const taken: unknown[] = await this.dataSource.query(
      `UPDATE command_answers SET claimed_at = now()
       WHERE scope = $1 AND idempotency_key = $2 AND request_hash = $3 AND status_code IS NULL
         AND claimed_at < now() - make_interval(secs => $4)
       RETURNING scope`,
      [scope, key, requestHash, STALE_CLAIM_SECONDS],
    );
    // TypeORM answers an UPDATE ... RETURNING with [rows, count].
    const rows = Array.isArray(taken[0]) ? (taken[0] as unknown[]) : taken;
    return rows.length === 1;
  }

  private async find(scope: string, key: string): Promise<AnswerRow | undefined> {
    const rows: AnswerRow[] = await this.dataSource.query(
      'SELECT request_hash, status_code, body FROM command_answers WHERE scope = $1 AND idempotency_key = $2',
      [scope, key],
    );
    return rows[0];
  }
}

/** JSON with sorted keys, so the same request always hashes the same. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
