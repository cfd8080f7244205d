/**
 * urp personal-data keys-rotate | citizens-backfill: the personal-data maintenance of
 * src/personal-data/cli.ts. Not inside the application context: the rotation rewrites
 * the key table (VACUUM FULL) as the owner role, which the application's open pool would block.
 */
import { Command } from 'commander';
import { runPersonalDataCli } from '../../personal-data/cli';
import type { CliIo } from '../cli-io';

export function personalDataCommand(io: CliIo, setExitCode: (code: number) => void): Command {
  const command = new Command('personal-data').description('keys of the personal data, citizens ids');
  for (const [name, description] of [
    ['keys-rotate', 're-wrap every live data key under PERSONAL_DATA_KEK (the previous one in PERSONAL_DATA_KEK_PREVIOUS)'],
    ['citizens-backfill', 'give the cases recorded before citizen ids their pseudonymous citizen id'],
  ] as const) {
    command
      .command(name)
      .description(description)
      .action(async () => setExitCode(await runPersonalDataCli([name], io)));
  }
  return command;
}
