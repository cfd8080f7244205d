import 'reflect-metadata';
import { startSystem, logStartup } from './app';
import { loadAppConfig } from './config/app-config';
import { seedDemoOnFirstStart } from './demo/seed-demo-on-first-start';

async function main(): Promise<void> {
  const config = loadAppConfig();
  const system = await startSystem(config);
  // Demo mode on an empty database: the organisation and about 150 recent cases, so the first look is not empty.
  if (config.demo && config.mode !== 'projections') await seedDemoOnFirstStart(system.app);
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
