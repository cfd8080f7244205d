/**
 * Structured JSON logs on stdout (pino): the application's and Nest's lines through
 * JsonLogger, and one line per request from requestLog (src/logging/request-log.ts), which
 * configureHttp puts first in the chain. Paths are logged without their query string and
 * without credentials, so no personal data or token reaches the log.
 */
import { DynamicModule, Module } from '@nestjs/common';
import type { LevelWithSilent } from 'pino';
import { JsonLogger } from './json-logger';

export const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

@Module({})
export class LoggingModule {}

export function loggingModule(level: LevelWithSilent): DynamicModule {
  return {
    module: LoggingModule,
    global: true,
    providers: [{ provide: JsonLogger, useValue: new JsonLogger(level) }],
    exports: [JsonLogger],
  };
}
