import 'reflect-metadata';
import { startSystem, logStartup } from './app';
import { loadAppConfig } from './config/app-config';

async function main(): Promise<void> {
  const config = loadAppConfig();
  const system = await startSystem(config);
  await system.app.listen(config.port);
  logStartup(system, config);
  const stop = async () => {
    await system.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
