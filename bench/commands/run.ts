/**
 * bench/commands: HTTP command throughput and latency of "register then route" through the
 * real server on loopback, next to a plain NestJS + TypeORM endpoint pair in the same run.
 *
 * One OPERATION = two sequential requests of one client: POST a case (201), then POST
 * its route (200) with the id the first answer returned. ops/s counts completed operations;
 * p50/p99 are per operation (from sending the registration to receiving the routing answer).
 * Each setting's seconds are split into BENCH_ROUNDS rounds per server, alternating the two,
 * and after each round the server is left to go idle (the event-sourced one's followers
 * catch up on what the round appended) before the other one starts. CPU ms/op is the server
 * process's own CPU time from a round's start until it is idle again, per operation: the
 * followers' work counts, and on a shared machine it moves less from run to run than the
 * throughput does.
 *
 * - event-sourced: the whole system (startSystem, URP_DEADLINES_TICK_MS=0, projector on
 *   unless BENCH_URP_MODE=api) in a child process on 127.0.0.1, on a fresh migrated database;
 *   POST /api/v1/cases then POST /api/v1/cases/:id/route, as the demo operator.
 * - plain: bench/commands/plain, a one-entity Nest + TypeORM app in another child process on
 *   a separate fresh database on the same server; POST /plain/cases (one INSERT) then
 *   POST /plain/cases/:id/route (SELECT + versioned UPDATE). Same DTO classes and the same
 *   validation pipe; a stateless JWT check instead of the system's user lookup, and no
 *   check that the sector exists (the system reads the sector's stream).
 *
 * The load generator is this process: N concurrent clients, each a loop of fetch calls with
 * one request in flight (so at most N keep-alive connections), for a fixed duration; each
 * client finishes the operation it started, so a measurement stops by itself and leaves no
 * work behind on the server (autocannon abandons in-flight requests at the deadline, and
 * the event-sourced server kept retrying them into the next measurement). Every setting
 * has a short unrecorded warm-up first. The event-sourced registrations accumulate in one
 * database over the run (as they would in a year), so each line says how many cases it
 * started with.
 *
 *   npm run bench:commands
 *   BENCH_SECONDS=20 BENCH_CONNECTIONS=1,8,32,64 BENCH_WARMUP_SECONDS=3 npm run bench:commands
 *   BENCH_URP_MODE=api npm run bench:commands   # event-sourced server without the projector
 *   BENCH_PLAIN_JWT_KEY_OBJECT=1 npm run bench:commands   # the peer without its per-request JWT key parsing
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { provisionTestDatabase, type TestDatabase } from '../../test/support/database';
import { formatRate, percentile, provisionBenchDatabase } from '../support/bench-database';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,8,32').split(',').map((value) => Number(value.trim()));
const URP_MODE = process.env.BENCH_URP_MODE ?? 'all';
/** Each setting's BENCH_SECONDS are split into this many rounds per server, alternating the two. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const HOST = '127.0.0.1';
const REQUEST_TIMEOUT_MS = 60_000;

interface Target {
  name: string;
  port: number;
  casesPath: string;
  token: string;
  sectorId: string;
}

/** A registration as an operator would type it: the same body for both systems. */
const REGISTRATION = JSON.stringify({
  channel: 'email',
  kind: 'complaint',
  description: 'Davanti al civico 12 di via Roma c’è una buca pericolosa da settimane.',
  citizen: { fullName: 'Maria Rossi', email: 'maria.rossi@example.it' },
  location: 'Via Roma 12, Ancona',
});

interface Measurement {
  operations: number;
  /** The server process's CPU time (user + system) over the measurement, per operation. */
  cpuMsPerOperation?: number;
  seconds: number;
  opsPerSecond: number;
  latenciesMs: number[];
  failures: string[];
}

/**
 * `clients` loops, each with its own keep-alive connection in practice (one request in
 * flight per loop), doing register then route until the deadline. A loop finishes the
 * operation it has started, so nothing is left running on the server when this returns
 * and the next measurement starts on an idle server; operations finished after the
 * deadline count, over the time until the last one finished.
 */
async function measure(target: Target, clients: number, seconds: number): Promise<Measurement> {
  const base = `http://${HOST}:${target.port}${target.casesPath}`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${target.token}` };
  const routeBody = JSON.stringify({ sectorId: target.sectorId, note: 'Verificare la buca.' });
  const post = async (url: string, body: string, expected: number): Promise<string | undefined> => {
    const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await response.text();
    if (response.status === expected) return text;
    failures.push(`${response.status} ${text.slice(0, 160)}`);
    return undefined;
  };
  const latenciesMs: number[] = [];
  const failures: string[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          const registered = await post(base, REGISTRATION, 201);
          if (registered === undefined) continue;
          const { id } = JSON.parse(registered) as { id: string };
          if ((await post(`${base}/${id}/route`, routeBody, 200)) !== undefined) latenciesMs.push(performance.now() - t0);
        } catch (error) {
          failures.push(String(error));
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latenciesMs.sort((a, b) => a - b);
  return { operations: latenciesMs.length, seconds: elapsed, opsPerSecond: latenciesMs.length / elapsed, latenciesMs, failures };
}

interface Server {
  child: ChildProcess;
  port: number;
  token?: string;
  stop(): Promise<void>;
}

/** Forks a server script (TypeScript, through ts-node) and waits for the port it listens on. */
function startServer(script: string, env: NodeJS.ProcessEnv): Promise<Server> {
  const child = fork(join(__dirname, script), [], {
    env,
    // BENCH_NODE_OPTIONS: flags for both servers (e.g. --max-semi-space-size=64), the same for the peer.
    execArgv: [...(process.env.BENCH_NODE_OPTIONS ?? '').split(' ').filter(Boolean), '-r', 'ts-node/register/transpile-only'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.send('stop');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start within 120 s`));
    }, 120_000);
    child.once('message', (message: { port: number; token?: string }) => {
      clearTimeout(timer);
      resolve({ child, port: message.port, token: message.token, stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with code ${code} before listening`));
    });
  });
}

async function postJson(url: string, body: object, token?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function expectJson(url: string, body: object, status: number, token?: string): Promise<Record<string, unknown>> {
  const answer = await postJson(url, body, token);
  if (answer.status !== status) throw new Error(`POST ${url} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** The server process's CPU time so far (user + system), in ms, asked over IPC. */
function serverCpuMs(server: Server): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (message: { cpu?: NodeJS.CpuUsage }) => {
      if (!message.cpu) return;
      server.child.off('message', onMessage);
      resolve((message.cpu.user + message.cpu.system) / 1000);
    };
    server.child.on('message', onMessage);
    server.child.send('cpu');
  });
}

/**
 * Waits until the server has been idle (under 10% of a core over 250 ms: its followers have
 * caught up), at most 60 s; returns its CPU time then.
 */
async function settle(server: Server): Promise<number> {
  const deadline = performance.now() + 60_000;
  let previous = await serverCpuMs(server);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await serverCpuMs(server);
    if (now - previous < 25 || performance.now() > deadline) return now;
    previous = now;
  }
}

/** The rounds of one server as one measurement. */
function combine(rounds: Measurement[], cpuMs: number): Measurement {
  const operations = rounds.reduce((sum, m) => sum + m.operations, 0);
  const seconds = rounds.reduce((sum, m) => sum + m.seconds, 0);
  return {
    operations,
    seconds,
    opsPerSecond: operations / seconds,
    cpuMsPerOperation: operations > 0 ? cpuMs / operations : undefined,
    latenciesMs: rounds.flatMap((m) => m.latenciesMs).sort((a, b) => a - b),
    failures: rounds.flatMap((m) => m.failures),
  };
}

/** Demo users' tokens, one sector in service, and one register+route done by hand to check the path. */
async function prepareEventSourced(port: number): Promise<Target> {
  const api = `http://${HOST}:${port}/api/v1`;
  const token = async (username: string) =>
    (await expectJson(`${api}/auth/token`, { username, password: 'demo' }, 200)).accessToken as string;
  const [operator, admin] = [await token('operator'), await token('admin')];
  const sector = await expectJson(`${api}/sectors`, { name: 'Lavori Pubblici', slug: 'lavori-pubblici' }, 201, admin);
  const sectorId = (sector.id ?? sector.sectorId) as string;
  if (typeof sectorId !== 'string') throw new Error(`No sector id in ${JSON.stringify(sector)}`);
  const target = { name: 'event-sourced', port, casesPath: '/api/v1/cases', token: operator, sectorId };
  await smokeTest(target);
  return target;
}

async function smokeTest(target: Target): Promise<void> {
  const base = `http://${HOST}:${target.port}${target.casesPath}`;
  const registered = await expectJson(base, JSON.parse(REGISTRATION) as object, 201, target.token);
  const routed = await expectJson(`${base}/${registered.id as string}/route`, { sectorId: target.sectorId, note: 'Verificare la buca.' }, 200, target.token);
  if (routed.status !== 'routed') throw new Error(`${target.name}: routing answered ${JSON.stringify(routed)}`);
}

/** Sequential register + route, `times` times, with or without an Idempotency-Key; the server counts the queries. */
async function countRoundTrips(server: Server, target: Target, times: number, withKey: boolean) {
  server.child.send('round-trips:reset');
  const base = `http://${HOST}:${target.port}${target.casesPath}`;
  for (let i = 0; i < times; i++) {
    const key = (): Record<string, string> => (withKey ? { 'idempotency-key': `bench-${randomUUID()}` } : {});
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${target.token}` };
    const registered = await fetch(base, { method: 'POST', headers: { ...headers, ...key() }, body: REGISTRATION });
    const { id } = (await registered.json()) as { id: string };
    const routed = await fetch(`${base}/${id}/route`, {
      method: 'POST',
      headers: { ...headers, ...key() },
      body: JSON.stringify({ sectorId: target.sectorId, note: 'Verificare la buca.' }),
    });
    await routed.text();
  }
  // Let the fire-and-forget NOTIFYs land before reading the tallies.
  await new Promise((resolve) => setTimeout(resolve, 200));
  type Tallies = Record<string, { requests: number; queriesPerRequest: number; notifiesPerRequest: number; answerWritesPerRequest: number; example: string[] }>;
  const { summary, background } = await new Promise<{ summary: Tallies; background: { total: number; byKind: [string, number][] } }>((resolve) => {
    const onMessage = (message: { roundTrips?: Tallies; background?: { total: number; byKind: [string, number][] } }) => {
      if (!message.roundTrips || !message.background) return;
      server.child.off('message', onMessage);
      resolve({ summary: message.roundTrips, background: message.background });
    };
    server.child.on('message', onMessage);
    server.child.send('round-trips:read');
  });
  for (const [kind, tally] of Object.entries(summary)) {
    console.log(
      `  ${withKey ? 'with Idempotency-Key   ' : 'without Idempotency-Key'} ${kind.padEnd(34)} ${tally.queriesPerRequest.toFixed(2)} queries/request` +
        ` (+${tally.notifiesPerRequest.toFixed(2)} coalesced NOTIFY` +
        (tally.answerWritesPerRequest > 0 ? `, +${tally.answerWritesPerRequest.toFixed(2)} batched answer write` : '') +
        `) over ${tally.requests} requests: ${tally.example.join(' ; ')}`,
    );
  }
  // Everything else the server ran meanwhile: the log's followers reacting to these operations (and any timers).
  const top = background.byKind.slice(0, Number(process.env.BENCH_BACKGROUND_KINDS ?? 6)).map(([kind, n]) => `${(n / times).toFixed(1)} × ${kind}`);
  console.log(`  ${withKey ? 'with Idempotency-Key   ' : 'without Idempotency-Key'} background statements: ${(background.total / times).toFixed(1)} per register+route (one at a time): ${top.join(' ; ')}`);
}

function pad(value: string, width: number): string {
  return value.padStart(width);
}

async function main(): Promise<void> {
  const databases: TestDatabase[] = [];
  const servers: Server[] = [];
  try {
    const esDatabase = await provisionBenchDatabase();
    databases.push(esDatabase);
    const plainDatabase = await provisionTestDatabase({ migrate: false });
    databases.push(plainDatabase);

    const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: process.env.NODE_ENV ?? 'production' };
    const urp = await startServer('urp-server.ts', {
      ...baseEnv,
      DATABASE_URL: esDatabase.url,
      JWT_SECRET: 'bench-commands-jwt-secret-0123456789',
      PERSONAL_DATA_SECRET: 'bench-commands-personal-data-secret-0123',
      PERSONAL_DATA_KEK: 'bench-commands-personal-data-secret-0123-kek',
      URP_DEADLINES_TICK_MS: '0',
      URP_MODE: URP_MODE,
      // One JSON line per request at 'info', as in production; the plain peer writes none ('warn' to compare like for like).
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    });
    servers.push(urp);
    const plain = await startServer(join('plain', 'plain-server.ts'), {
      ...baseEnv,
      DATABASE_URL: plainDatabase.url,
      // BENCH_PLAIN_JWT_KEY_OBJECT=1: the peer verifies tokens with a key object made once, as the system does.
      PLAIN_JWT_KEY_OBJECT: process.env.BENCH_PLAIN_JWT_KEY_OBJECT ?? '0',
    });
    servers.push(plain);

    const eventSourced = await prepareEventSourced(urp.port);
    const plainTarget: Target = {
      name: 'plain',
      port: plain.port,
      casesPath: '/plain/cases',
      token: plain.token!,
      sectorId: eventSourced.sectorId,
    };
    await smokeTest(plainTarget);

    console.log('database round trips per request (pg queries while the request is handled):');
    await countRoundTrips(urp, eventSourced, 20, false);
    await countRoundTrips(urp, eventSourced, 20, true);
    if (process.env.BENCH_ROUND_TRIPS_ONLY === '1') return;

    const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');
    console.log(
      `bench/commands on ${esDatabase.kind === 'embedded' ? 'embedded PostgreSQL' : 'PostgreSQL server'}, both servers on ${HOST}, ` +
        `URP_MODE=${URP_MODE}, ${SECONDS}s per measurement after ${WARMUP_SECONDS}s warm-up`,
    );
    console.log('one operation = register + route (2 HTTP requests); ops/s = completed operations per second; p50/p99 in ms per operation');
    console.log(`load average at start: ${load()}`);
    console.log(`${ROUNDS} rounds of ${(SECONDS / ROUNDS).toFixed(1)}s per server, alternating; after each round the server is left to go idle (its followers catch up)`);
    console.log('server CPU ms/op = CPU time (user + system) of the server process from the start of the round until it is idle again, per operation');
    console.log('clients | event-sourced ops/s | p50 ms | p99 ms | CPU ms/op | plain ops/s | p50 ms | p99 ms | CPU ms/op | ratio ES/plain | CPU ratio plain/ES');
    const details: string[] = [];
    // The smoke tests registered one case on each side.
    const registered = { es: 1, plain: 1 };
    for (const clients of CONNECTIONS) {
      const before = { ...registered };
      // Rounds alternate the two servers, so a drift of this shared machine's speed falls on both.
      const rounds: Record<'es' | 'plain', Measurement[]> = { es: [], plain: [] };
      const cpuMs = { es: 0, plain: 0 };
      const sides = [['es', eventSourced, urp], ['plain', plainTarget, plain]] as const;
      for (const [key, target, server] of sides) {
        if (WARMUP_SECONDS > 0) registered[key] += (await measure(target, clients, WARMUP_SECONDS)).operations;
        await settle(server);
      }
      for (let round = 0; round < ROUNDS; round++) {
        for (const [key, target, server] of sides) {
          const cpuBefore = await serverCpuMs(server);
          const measured = await measure(target, clients, SECONDS / ROUNDS);
          // The followers' work for these operations counts too: until the server is idle again.
          cpuMs[key] += (await settle(server)) - cpuBefore;
          registered[key] += measured.operations;
          rounds[key].push(measured);
        }
      }
      const results = (['es', 'plain'] as const).map((key) => combine(rounds[key], cpuMs[key]));
      const [es, pl] = results;
      const p = (m: Measurement, q: number) => (m.operations ? percentile(m.latenciesMs, q).toFixed(2) : '-');
      const cpu = (m: Measurement) => (m.cpuMsPerOperation === undefined ? '-' : m.cpuMsPerOperation.toFixed(2));
      console.log(
        [
          pad(String(clients), 7),
          pad(formatRate(es.opsPerSecond), 19),
          pad(p(es, 50), 6),
          pad(p(es, 99), 6),
          pad(cpu(es), 9),
          pad(formatRate(pl.opsPerSecond), 11),
          pad(p(pl, 50), 6),
          pad(p(pl, 99), 6),
          pad(cpu(pl), 9),
          pad(pl.opsPerSecond ? (es.opsPerSecond / pl.opsPerSecond).toFixed(2) : '-', 14),
          pad(es.cpuMsPerOperation && pl.cpuMsPerOperation ? (pl.cpuMsPerOperation / es.cpuMsPerOperation).toFixed(2) : '-', 18),
        ].join(' | '),
      );
      for (const [name, m, start] of [['event-sourced', es, before.es], ['plain', pl, before.plain]] as const) {
        const failed = m.failures.length ? `, ${m.failures.length} failed (first: ${m.failures[0]})` : ', 0 failed';
        details.push(
          `  ${String(clients).padStart(2)} clients ${name.padEnd(13)}: ${m.operations} operations in ${m.seconds.toFixed(1)}s ` +
            `(${start} cases in the store before the warm-up)${failed}`,
        );
      }
    }
    console.log(`load average at end: ${load()}`);
    for (const line of details) console.log(line);
  } finally {
    for (const server of servers.reverse()) await server.stop().catch(() => undefined);
    for (const database of databases.reverse()) await database.dispose().catch((error) => console.error('dispose failed:', error));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
