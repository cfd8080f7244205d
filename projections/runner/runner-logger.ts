import { Logger } from '@nestjs/common';

/** The part of Nest's LoggerService the runner uses; tests pass a quiet one. */
export interface RunnerLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const defaultRunnerLogger = (): RunnerLogger => new Logger('Projections');
