import express from 'express';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino, { type LevelWithSilent } from 'pino';
import { requestLog, type IdentifiedRequest } from './request-log';

type Line = Record<string, any>;

interface TestServer {
  baseUrl: string;
  lines: Line[];
  /** Resolves when the slow handler has sent (or tried to send) its late answer. */
  slowAnswered: Promise<void>;
  close(): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** An Express app with the middleware first, as configureHttp mounts it, logging into `lines`. */
async function startServer(level: LevelWithSilent = 'info'): Promise<TestServer> {
  const lines: Line[] = [];
  const logger = pino({ level }, { write: (line: string) => lines.push(JSON.parse(line)) });
  let markSlowAnswered!: () => void;
  const slowAnswered = new Promise<void>((resolve) => (markSlowAnswered = resolve));

  const app = express();
  app.use(requestLog(logger));
  app.get('/api/v1/cases', (request, response) => {
    response.json({ id: (request as IdentifiedRequest).id });
  });
  app.post('/api/v1/cases', (_request, response) => {
    response.status(422).json({ code: 'INVALID' });
  });
  app.get('/api/v1/broken', (_request, response) => {
    response.status(500).json({ message: 'Unexpected error' });
  });
  app.get('/api/v1/health/ready', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/api/v1/slow', (_request, response) => {
    setTimeout(() => {
      response.json({ late: true });
      markSlowAnswered();
    }, 300);
  });
  // Anything else falls through to Express's own 404.

  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    lines,
    slowAnswered,
    close: async () => {
      // fetch keeps its connections alive: without this, close() would wait for them to time out.
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** Polls until `probe` returns a value: the line is written on the response's events, not before fetch resolves. */
async function until<T>(probe: () => T | undefined, what: string, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function lineFor(server: TestServer, path: string): Promise<Line> {
  return until(() => server.lines.find((line) => line.req?.path === path), `the line of ${path}`);
}

describe('requestLog', () => {
  let server: TestServer;

  afterEach(async () => {
    await server.close();
  });

  it('writes one line per request with its id, method, path, status and duration', async () => {
    server = await startServer();
    const response = await fetch(`${server.baseUrl}/api/v1/cases`);
    const id = response.headers.get('x-request-id');
    // The handler sees the same id as the caller and the log.
    expect(await response.json()).toEqual({ id });

    const line = await lineFor(server, '/api/v1/cases');
    expect(line).toMatchObject({
      level: 30,
      msg: 'request completed',
      requestId: id,
      req: { method: 'GET', path: '/api/v1/cases' },
      res: { statusCode: 200 },
    });
    expect(typeof line.responseTime).toBe('number');
    expect(line.responseTime).toBeGreaterThanOrEqual(0);
    expect(server.lines).toHaveLength(1);
  });

  it.each([
    ['GET', '/api/v1/cases', 200, 30],
    ['GET', '/api/v1/nowhere', 404, 40],
    ['POST', '/api/v1/cases', 422, 40],
    ['GET', '/api/v1/broken', 500, 50],
  ])('logs %s %s answered %i at pino level %i', async (method, path, statusCode, level) => {
    server = await startServer();
    const response = await fetch(`${server.baseUrl}${path}`, { method });
    expect(response.status).toBe(statusCode);

    const line = await lineFor(server, path);
    expect(line).toMatchObject({ level, req: { method, path }, res: { statusCode } });
  });

  it('logs the path without its query string, so personal data in it stays out of the log', async () => {
    server = await startServer();
    await fetch(`${server.baseUrl}/api/v1/cases?fiscalCode=RSSMRA80A01H501U`);

    const line = await lineFor(server, '/api/v1/cases');
    expect(line.req.path).toBe('/api/v1/cases');
    expect(JSON.stringify(line)).not.toContain('RSSMRA80A01H501U');
    expect(JSON.stringify(line)).not.toContain('fiscalCode');
  });

  it("keeps the caller's plain X-Request-Id, echoes it and logs it", async () => {
    server = await startServer();
    const given = 'edge-proxy.7f3a:01_B';
    const response = await fetch(`${server.baseUrl}/api/v1/cases`, { headers: { 'X-Request-Id': given } });
    expect(response.headers.get('x-request-id')).toBe(given);
    expect(await response.json()).toEqual({ id: given });

    const line = await lineFor(server, '/api/v1/cases');
    expect(line.requestId).toBe(given);
  });

  it.each([
    ['markup and spaces', 'a b<script>'],
    ['more than 128 characters', 'x'.repeat(129)],
  ])('replaces an X-Request-Id with %s by a new uuid', async (_label, given) => {
    server = await startServer();
    const response = await fetch(`${server.baseUrl}/api/v1/cases`, { headers: { 'X-Request-Id': given } });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(UUID);

    const line = await lineFor(server, '/api/v1/cases');
    expect(line.requestId).toBe(id);
    expect(JSON.stringify(line)).not.toContain(given);
  });

  it('does not log health probes, yet gives them a request id', async () => {
    server = await startServer();
    const probe = await fetch(`${server.baseUrl}/api/v1/health/ready`);
    expect(probe.status).toBe(200);
    expect(probe.headers.get('x-request-id')).toMatch(UUID);
    // Express routes paths whatever their case: so does the exclusion.
    expect((await fetch(`${server.baseUrl}/API/V1/HEALTH/READY`)).status).toBe(200);
    // A path that only begins like the probes' is logged.
    await fetch(`${server.baseUrl}/api/v1/healthz`);

    // A request sent after the probe: once its line is there, the probe's would have been too.
    await fetch(`${server.baseUrl}/api/v1/cases`);
    await lineFor(server, '/api/v1/cases');
    expect(server.lines.map((line) => line.req.path)).toEqual(['/api/v1/healthz', '/api/v1/cases']);
  });

  it("writes 'request aborted' when the client goes away before the answer, and no second line", async () => {
    server = await startServer();
    await expect(fetch(`${server.baseUrl}/api/v1/slow`, { signal: AbortSignal.timeout(50) })).rejects.toMatchObject({
      name: 'TimeoutError',
    });

    const line = await lineFor(server, '/api/v1/slow');
    expect(line).toMatchObject({ msg: 'request aborted', level: 40, req: { method: 'GET', path: '/api/v1/slow' } });
    expect(line.requestId).toMatch(UUID);

    // The handler answers later, into a closed connection: that must not add a 'request completed' line.
    await server.slowAnswered;
    await new Promise((resolve) => setImmediate(resolve));
    expect(server.lines).toHaveLength(1);
  });

  it("writes nothing for a 200 at level 'warn', but still writes the 4xx line", async () => {
    server = await startServer('warn');
    await fetch(`${server.baseUrl}/api/v1/cases`);
    // Sent after the 200: once the 422's line is there, the 200's would have been too.
    await fetch(`${server.baseUrl}/api/v1/cases`, { method: 'POST' });

    const line = await lineFor(server, '/api/v1/cases');
    expect(line).toMatchObject({ level: 40, req: { method: 'POST' }, res: { statusCode: 422 } });
    expect(server.lines).toHaveLength(1);
  });
});
