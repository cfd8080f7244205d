/**
 * Personal data maintenance, run beside the application with its configuration, through the
 * one command line (src/cli/urp.ts: `urp personal-data …`, which hands this its environment):
 *
 *   npm run keys:rotate          PERSONAL_DATA_KEK=<new> PERSONAL_DATA_KEK_PREVIOUS=<old> DATABASE_URL=...
 *   npm run citizens:backfill    PERSONAL_DATA_SECRET=... PERSONAL_DATA_KEK=... DATABASE_URL=...
 *
 * Exit codes: 0 done, 1 failed, 2 bad usage or configuration.
 */
import { loadAppConfig } from '../config/app-config';
import { backfillCitizenDirectory } from './directory/backfill-citizens';
import { keyRingFrom } from './keys/key-encryption-key';
import { rotateDataKeys } from './keys/rotate-keys';

export interface PersonalDataCliIo {
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const USAGE = 'usage: personal-data keys-rotate | citizens-backfill';

export async function runPersonalDataCli(args: readonly string[], io: PersonalDataCliIo): Promise<number> {
  const [command] = args;
  if (command !== 'keys-rotate' && command !== 'citizens-backfill') {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let config: ReturnType<typeof loadAppConfig>;
  try {
    if (!io.env.DATABASE_URL?.trim()) throw new Error('DATABASE_URL is required');
    config = loadAppConfig(io.env);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  try {
    if (command === 'keys-rotate') {
      const rotation = await rotateDataKeys({
        databaseUrl: config.databaseUrl!,
        ownerUrl: config.databaseOwnerUrl,
        keyRing: keyRingFrom(config.personalDataKek, config.personalDataPreviousKeks),
      });
      io.stdout.write(
        `re-wrapped ${rotation.rewrapped} of ${rotation.live} live data keys under the current key-encryption key; ` +
          'the key table was rewritten (VACUUM FULL). Now destroy the previous key-encryption key and remove PERSONAL_DATA_KEK_PREVIOUS.\n',
      );
      return 0;
    }
    const backfill = await backfillCitizenDirectory(config);
    io.stdout.write(
      `read ${backfill.cases} case receipts: ${backfill.linked} linked to ${backfill.citizens} citizens, ${backfill.skipped} skipped (erased, or no identifier)\n`,
    );
    return 0;
  } catch (error) {
    io.stderr.write(`${command} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
