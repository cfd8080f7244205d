/**
 * Wrong reference/code pairs per client address: past MAX_FAILURES within the window, the
 * address gets 429 for every attempt until the window has passed. Together with the 49
 * bits of the code this keeps guessing out of reach. In memory, per process: with several
 * API instances each counts its own (a shared limiter would sit in front of them).
 */
import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../../shared/clock';

export const MAX_FAILURES = 20;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Bounds the memory a flood of addresses can take. */
const MAX_TRACKED_CLIENTS = 10_000;

@Injectable()
export class FailedAttempts {
  private readonly failures = new Map<string, number[]>();

  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  /** 429 when the client has failed too often lately. */
  requireAllowed(client: string): void {
    if (this.recent(client).length >= MAX_FAILURES) {
      throw new HttpException(
        {
          statusCode: HttpStatus.TOO_MANY_REQUESTS,
          error: 'Too Many Requests',
          code: 'TOO_MANY_ATTEMPTS',
          message: 'Troppi tentativi con un numero di pratica o un codice di accesso errati: riprovi tra 15 minuti.',
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  recordFailure(client: string): void {
    if (!this.failures.has(client) && this.failures.size >= MAX_TRACKED_CLIENTS) this.forgetOldest();
    this.failures.set(client, [...this.recent(client), this.clock.now().getTime()]);
  }

  private recent(client: string): number[] {
    const since = this.clock.now().getTime() - FAILURE_WINDOW_MS;
    return (this.failures.get(client) ?? []).filter((at) => at > since);
  }

  private forgetOldest(): void {
    const oldest = this.failures.keys().next();
    if (!oldest.done) this.failures.delete(oldest.value);
  }
}
