import { Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';

export interface ClaimAnswer {
  scope: string;
  key: string;
  statusCode: number;
  body: unknown;
}

/** Tries of one batch before its claims are left to go stale (and be taken over by a retry). */
const WRITE_ATTEMPTS = 3;

/**
 * Writes the answers of claimed Idempotency-Keys off the request's path: the request is
 * answered as soon as its command's events are stored, and its answer is written to its claim
 * in the next batch (one UPDATE for every answer that arrived while the previous batch was
 * being written, so under load they cost a statement per batch, not per request).
 *
 * Why this is safe: until the answer is written the claim stays, holding the request's hash.
 * A retry with the same body waits for the answer (IdempotentAnswers polls), one with another
 * body is refused as before. If the answer is never written (the process stops, the database
 * refuses), the claim goes stale and a retry takes it over and runs the command again, which
 * finds its events already stored under their key-derived ids: the same guarantee as a crash
 * between the append and the answer, which the claim has always had to cover.
 */
export class AnswerWriter {
  private readonly logger = new Logger(AnswerWriter.name);
  private queued: ClaimAnswer[] = [];
  private writing: Promise<void> | undefined;

  constructor(private readonly dataSource: DataSource) {}

  record(answer: ClaimAnswer): void {
    this.queued.push(answer);
    this.writing ??= this.drain().finally(() => (this.writing = undefined));
  }

  /** Resolves once every answer recorded so far is written (or given up). */
  async written(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async drain(): Promise<void> {
    while (this.queued.length > 0) {
      const batch = this.queued;
      this.queued = [];
      await this.write(batch);
    }
  }

  private async write(batch: ClaimAnswer[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.dataSource.query(
          `UPDATE command_answers AS a SET status_code = v.status_code, body = v.body::jsonb
           FROM unnest($1::text[], $2::text[], $3::int[], $4::text[]) AS v(scope, idempotency_key, status_code, body)
           WHERE a.scope = v.scope AND a.idempotency_key = v.idempotency_key`,
          [batch.map((a) => a.scope), batch.map((a) => a.key), batch.map((a) => a.statusCode), batch.map((a) => JSON.stringify(a.body))],
        );
        return;
      } catch (error) {
        if (attempt >= WRITE_ATTEMPTS || !this.dataSource.isInitialized) {
          this.logger.error(
            `${batch.length} command answer(s) not written, their claims go stale and a retry runs the command again: ${(error as Error).message}`,
          );
          return;
        }
        await sleep(50 * 2 ** attempt);
      }
    }
  }
}
