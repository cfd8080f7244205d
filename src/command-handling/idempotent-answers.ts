import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CommandContext } from './command-context';
import { IdempotencyKeyReusedError } from './command-errors';

export interface CommandAnswer<Body = unknown> {
  statusCode: number;
  body: Body;
  /** True when this is the stored answer of an earlier request with the same key. */
  replayed?: boolean;
}

/**
 * Remembers the first successful answer of each (command, actor, Idempotency-Key), so a
 * retry gets exactly that answer. Errors are not remembered: nothing was appended, so a
 * retry is decided afresh. The event ids are derived from the key as well
 * (DecideAndAppend), which covers a crash between the append and this record.
 */
@Injectable()
export class IdempotentAnswers {
  constructor(private readonly dataSource: DataSource) {}

  async run<Body>(context: CommandContext, request: unknown, work: () => Promise<CommandAnswer<Body>>): Promise<CommandAnswer<Body>> {
    const key = context.idempotencyKey;
    if (!key) return work();
    const scope = `${context.commandName}:${context.actor.id}`;
    const requestHash = createHash('sha256').update(stableJson(request)).digest('hex');
    const earlier = await this.find(scope, key);
    if (earlier) return this.replay(earlier, requestHash, key);

    const answer = await work();
    const inserted = await this.dataSource.query(
      `INSERT INTO command_answers (scope, idempotency_key, request_hash, status_code, body)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING scope`,
      [scope, key, requestHash, answer.statusCode, JSON.stringify(answer.body)],
    );
    if (inserted.length === 0) {
      // A concurrent request with the same key answered first: everyone gets that answer.
      const first = await this.find(scope, key);
      if (first) return this.replay(first, requestHash, key);
    }
    return answer;
  }

  private async find(scope: string, key: string) {
    const rows: { request_hash: string; status_code: number; body: unknown }[] = await this.dataSource.query(
      'SELECT request_hash, status_code, body FROM command_answers WHERE scope = $1 AND idempotency_key = $2',
      [scope, key],
    );
    return rows[0];
  }

  private replay<Body>(row: { request_hash: string; status_code: number; body: unknown }, requestHash: string, key: string) {
    if (row.request_hash !== requestHash) throw new IdempotencyKeyReusedError(key);
    return { statusCode: row.status_code, body: row.body as Body, replayed: true };
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
