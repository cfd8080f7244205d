/**
 * Child process of bench/commands: the whole event-sourced system, started as users run it
 * (startSystem), on the fresh database named by DATABASE_URL, listening on 127.0.0.1 on a
 * free port. Seeds the demo users (no demo cases) and tells the parent its port over IPC;
 * counts the database round trips of each request (round-trips.ts) for the parent.
 */
import { backgroundStatements, installRoundTripCounter, resetRoundTrips, roundTripSummary } from './round-trips';
import { startSystem } from '../../src/app';
import { ensureDemoUsers } from '../../src/auth';
import { loadAppConfig } from '../../src/config/app-config';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { systemClock } from '../../src/shared/clock';

async function main(): Promise<void> {
  installRoundTripCounter();
  const system = await startSystem(loadAppConfig(process.env), { logger: ['error', 'warn'] });
  await system.app.init();
  await ensureDemoUsers({ eventStore: system.app.get<EventStore>(EVENT_STORE), clock: systemClock }, []);
  await system.app.listen(0, '127.0.0.1');
  const address = system.app.getHttpServer().address() as { port: number };
  const stop = () => system.stop().then(() => process.exit(0), () => process.exit(1));
  process.on('message', (message) => {
    if (message === 'stop') void stop();
    if (message === 'round-trips:reset') resetRoundTrips();
    if (message === 'cpu') process.send!({ cpu: process.cpuUsage() });
    if (message === 'round-trips:read') process.send!({ roundTrips: roundTripSummary(), background: backgroundStatements() });
  });
  process.on('disconnect', () => void stop());
  process.send!({ port: address.port });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
