import { runUrp } from '../../../src/cli/urp';
import type { CliIo } from '../../../src/cli/cli-io';

/** Runs `urp …` in-process against a test database, capturing both streams. */
export async function urp(args: string[], io: Partial<CliIo> & { databaseUrl?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const { databaseUrl, env, ...rest } = io;
  const code = await runUrp(args, {
    // A test database is not the embedded default: URP_DEMO gives the development secrets.
    env: env ?? { DATABASE_URL: databaseUrl, URP_DEMO: '1', URP_DEADLINES_TICK_MS: '0' },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    ...rest,
  });
  return { code, stdout, stderr };
}
