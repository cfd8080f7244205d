import type { Clock } from '../shared/clock';

/** What a command reads and writes: the environment, two streams, and (in tests) a clock. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  /** Results (JSON, paths, verdicts), so they can be piped. */
  stdout: CliStream;
  /** Progress and errors. */
  stderr: CliStream;
  clock?: Clock;
  /** Aborting it stops long work between batches (Ctrl-C). */
  signal?: AbortSignal;
}

export interface CliStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** A failure the command already explained: the message is printed as is, with this exit code. */
export class CliFailure extends Error {
  override readonly name = 'CliFailure';
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
