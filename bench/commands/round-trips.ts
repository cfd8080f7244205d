/**
 * Counts the database round trips each HTTP request causes, inside the server process:
 * every pg query issued while handling a request (AsyncLocalStorage from the 'request'
 * event on) is one round trip. NOTIFYs are counted apart: they are sent after the append's
 * commit, coalesced across concurrent appends and never awaited by the request. So are the
 * writes of Idempotency-Key answers (AnswerWriter): batched across requests, never awaited.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { Server } from 'node:http';
import { Client } from 'pg';

interface RequestTally {
  key: string;
  queries: number;
  notifies: number;
  answerWrites: number;
  statements: string[];
}

export interface RoundTripSummary {
  [requestKind: string]: { requests: number; queriesPerRequest: number; notifiesPerRequest: number; answerWritesPerRequest: number; example: string[] };
}

const context = new AsyncLocalStorage<RequestTally>();
const finished: RequestTally[] = [];
/**
 * Counting only between resetRoundTrips() and roundTripSummary(): the throughput phases run
 * with the wrappers idle, so the counter costs the event-sourced server nothing there.
 */
let counting = false;
/** Statements run outside any request: the log's followers (projections, outbox, hash chain, timers), by kind. */
const background = new Map<string, number>();

/** e.g. 'POST /api/v1/cases/:id/route' */
function requestKind(method: string, url: string): string {
  const path = url.split('?')[0].replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ':id');
  return `${method} ${path}`;
}

export function installRoundTripCounter(): void {
  const emit = Server.prototype.emit as (this: Server, event: string, ...args: unknown[]) => boolean;
  Server.prototype.emit = function (this: Server, event: string, ...args: unknown[]) {
    if (event !== 'request' || !counting) return emit.call(this, event, ...args);
    const [request, response] = args as [{ method: string; url: string }, { once(e: string, f: () => void): void }];
    const tally: RequestTally = { key: requestKind(request.method, request.url), queries: 0, notifies: 0, answerWrites: 0, statements: [] };
    response.once('finish', () => finished.push(tally));
    return context.run(tally, () => emit.call(this, event, ...args));
  } as typeof Server.prototype.emit;

  const query = Client.prototype.query;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    if (!counting) return (query as (...a: unknown[]) => unknown).apply(this, args);
    const tally = context.getStore();
    const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string })?.text ?? '');
    if (!tally) {
      const kind = text.replace(/\s+/g, ' ').trim().slice(0, 40);
      background.set(kind, (background.get(kind) ?? 0) + 1);
    } else if (/pg_notify/i.test(text)) tally.notifies++;
    else if (/^\s*UPDATE command_answers AS a/.test(text)) tally.answerWrites++;
    else {
      tally.queries++;
      tally.statements.push(text.replace(/\s+/g, ' ').trim().slice(0, 70));
    }
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof Client.prototype.query;
}

export function resetRoundTrips(): void {
  counting = true;
  finished.length = 0;
  background.clear();
}

export function backgroundStatements(): { total: number; byKind: [string, number][] } {
  const byKind = [...background.entries()].sort((a, b) => b[1] - a[1]);
  return { total: byKind.reduce((sum, [, n]) => sum + n, 0), byKind };
}

export function roundTripSummary(): RoundTripSummary {
  counting = false;
  // Once run, an AsyncLocalStorage keeps a hook on every promise of the process until it is
  // disabled: the throughput phases would pay for the counter.
  context.disable();
  const summary: RoundTripSummary = {};
  const byKind = new Map<string, RequestTally[]>();
  for (const tally of finished) byKind.set(tally.key, [...(byKind.get(tally.key) ?? []), tally]);
  for (const [kind, tallies] of byKind) {
    const sum = (pick: (t: RequestTally) => number) => tallies.reduce((total, t) => total + pick(t), 0) / tallies.length;
    summary[kind] = {
      requests: tallies.length,
      queriesPerRequest: sum((t) => t.queries),
      notifiesPerRequest: sum((t) => t.notifies),
      answerWritesPerRequest: sum((t) => t.answerWrites),
      example: tallies[tallies.length - 1].statements,
    };
  }
  return summary;
}
