import type { CliContext } from './cli-context';

/**
 * Runs a command's work inside the application context; the work returns its exit code (0 when
 * void). A failure (including one while booting) exits with failureExitCode (1 unless given).
 */
export type CommandRunner = (work: (context: CliContext) => Promise<number | void>, failureExitCode?: number) => Promise<void>;
