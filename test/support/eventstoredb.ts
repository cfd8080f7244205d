/**
 * Where the EventStoreDB specs get a server, in this order: EVENTSTORE_URL when set (CI,
 * docker compose); otherwise a throw-away container when a container runtime answers;
 * otherwise none, with the reason, so the spec can report itself as not run.
 *
 * Jest collects tests synchronously, so a spec must know whether it will have a server
 * before its describe blocks run: eventStoreDbExpectedSync() answers that at module load,
 * and eventStoreDbUrlForTests() (called in beforeAll) then provides it.
 */
import { spawnSync } from 'node:child_process';
import { GenericContainer, Wait } from 'testcontainers';
import { containerRuntimeAvailable } from './container-runtime';

export const EVENTSTORE_IMAGE = 'eventstore/eventstore:24.10';
const HTTP_PORT = 2113;
const STARTUP_TIMEOUT_MS = 180_000;
const RUNTIME_PROBE_TIMEOUT_MS = 10_000;

export type EventStoreDbServer = { url: string; stop(): Promise<void> };
export type NoEventStoreDb = { skipReason: string };

export async function eventStoreDbUrlForTests(): Promise<EventStoreDbServer | NoEventStoreDb> {
  const fromEnvironment = process.env.EVENTSTORE_URL?.trim();
  if (fromEnvironment) return { url: fromEnvironment, stop: async () => undefined };
  if (!(await containerRuntimeAvailable())) return { skipReason: NO_SERVER_REASON };
  return startContainer();
}

/** Whether eventStoreDbUrlForTests() will find a server, answered synchronously (at most a few seconds). */
export function eventStoreDbExpectedSync(): { expected: true } | NoEventStoreDb {
  if (process.env.EVENTSTORE_URL?.trim()) return { expected: true };
  if (containerRuntimeAvailableSync()) return { expected: true };
  return { skipReason: NO_SERVER_REASON };
}

const NO_SERVER_REASON = 'no EVENTSTORE_URL and no container runtime';

async function startContainer(): Promise<EventStoreDbServer> {
  const container = await new GenericContainer(EVENTSTORE_IMAGE)
    .withEnvironment({
      EVENTSTORE_INSECURE: 'true',
      EVENTSTORE_RUN_PROJECTIONS: 'None',
      EVENTSTORE_MEM_DB: 'true',
    })
    .withExposedPorts(HTTP_PORT)
    .withWaitStrategy(Wait.forHttp('/health/live', HTTP_PORT))
    .withStartupTimeout(STARTUP_TIMEOUT_MS)
    .start();
  return {
    url: `esdb://${container.getHost()}:${container.getMappedPort(HTTP_PORT)}?tls=false`,
    stop: async () => {
      await container.stop();
    },
  };
}

/**
 * The same probe as containerRuntimeAvailable() (testcontainers' own runtime detection, so
 * Docker, Podman, DOCKER_HOST and remote hosts all count), run in a child process so that
 * its answer is available synchronously.
 */
function containerRuntimeAvailableSync(): boolean {
  if (process.env.URP_NO_CONTAINERS === '1') return false;
  const probe = `require('testcontainers').getContainerRuntimeClient().then(() => process.exit(0), () => process.exit(1));`;
  const result = spawnSync(process.execPath, ['-e', probe], {
    cwd: __dirname,
    timeout: RUNTIME_PROBE_TIMEOUT_MS,
    stdio: 'ignore',
  });
  return result.status === 0;
}
